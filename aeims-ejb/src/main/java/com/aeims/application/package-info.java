/**
 * What every use case shares. {@link Push} is the one port through which a service tells users' open pages what they
 * should see now (each use case defines its own {@link PushUpdate}); it is called inside the transaction that made the
 * change, so a rolled-back change is never shown. {@link Refusal} says why a request was refused as a reason, not an
 * HTTP status: only the REST layer knows the status codes. {@link ValidationFailure} carries a message per field so a
 * form shows every problem at once, and {@link UnknownEntityException} answers for things that do not exist or that the
 * caller may not see. Like all of {@code com.aeims.application}, it depends on the domain and on its own ports, never
 * on the infrastructure or the interfaces (ArchitectureTest).
 */
package com.aeims.application;
