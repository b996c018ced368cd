package com.aeims.testsupport;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deploys the real EAR, as built, to the managed WildFly on a real PostgreSQL; tests talk to it over HTTP. */
@ExtendWith(ArquillianExtension.class)
public abstract class AeimsIT {

    @ArquillianResource
    protected URL deploymentUrl;

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("aeims.ear")));
    }

    protected URI baseUri() {
        return URI.create(deploymentUrl.toString().replaceAll("/+$", "") + "/");
    }
}
