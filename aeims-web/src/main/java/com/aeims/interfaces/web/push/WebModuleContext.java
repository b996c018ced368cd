package com.aeims.interfaces.web.push;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executor;

/**
 * Runs pushes in this web module's context from any thread. Faces finds websocket sessions through the web
 * module's naming context, which threads of the EJB module (the MDBs that commit most changes) do not have; the
 * context is captured once, when the web module starts.
 */
@ApplicationScoped
public class WebModuleContext {

    @Resource
    private ContextService contexts;

    private Executor inWebModule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Executor direct = Runnable::run;
        inWebModule = contexts.createContextualProxy(direct, Executor.class);
    }

    public void run(Runnable push) {
        inWebModule.execute(push);
    }
}
