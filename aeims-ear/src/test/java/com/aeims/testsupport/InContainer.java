package com.aeims.testsupport;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The built EAR, with a test class placed in its web module so Arquillian can run it inside WildFly. */
public final class InContainer {

    private InContainer() {
    }

    public static EnterpriseArchive ear(Class<?> testClass) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("aeims.ear")));
        // re-added as an archive so Arquillian can put its test runner into the web module
        WebArchive web = ear.getAsType(WebArchive.class, "aeims-web.war").addClass(testClass);
        ear.delete("aeims-web.war");
        ear.addAsModule(Testable.archiveToTest(web));
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "aeims-test-support.jar")
                .addClasses(LedgerInvariants.class, LedgerFixtures.class, Eventually.class, InContainer.class));
        return ear;
    }
}
