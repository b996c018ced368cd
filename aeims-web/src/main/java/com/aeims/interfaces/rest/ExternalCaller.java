package com.aeims.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource another system calls, authenticated by its own means (Twilio's signature), never a browser with the
 * user's cookie: the same-origin check does not apply to it ({@link SameOriginCheck}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExternalCaller {
}
