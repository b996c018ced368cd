/**
 * What every push to the browsers goes through. {@link OpenSockets} knows which users have a page open on which
 * channel, so a push to nobody is never built. {@link WebModuleContext} runs each push on a managed thread in the web
 * module's context: Faces finds websocket sessions through that context, which the EJB module's threads (the MDBs and
 * drains that commit most changes) do not have.
 */
package com.aeims.interfaces.web.push;
