/**
 * The {@code @Stateless} account service on JPA: a registration is checked against the domain's rules (email, age,
 * password policy) and every problem is reported at once; each login attempt is stored, because the throttle counts the
 * failures in its window since the last success. Only {@code com.aeims.application.account} may reach in here
 * (ArchitectureTest); everyone else injects {@code AccountService}.
 */
package com.aeims.application.account.internal;
