package com.aeims.interfaces.web.push;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executor;

/**
 * Runs pushes in this web module's context, on a managed thread of their own. Faces finds websocket sessions through
 * the web module's naming context, which threads of the EJB module (the MDBs that commit most changes) do not have,
 * so the context is captured once, when the web module starts; and Faces looks up the pushing thread's own HTTP
 * session when there is one, which fails for a request (an API call) whose session never opened a websocket, so
 * pushes never run on the committing thread.
 */
@ApplicationScoped
public class WebModuleContext {

    @Resource
    private ContextService contexts;

    @Resource
    private ManagedExecutorService executor;

    private Executor inWebModule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Executor direct = Runnable::run;
        inWebModule = contexts.createContextualProxy(direct, Executor.class);
    }

    public void run(Runnable push) {
        executor.execute(() -> inWebModule.execute(push));
    }
}
