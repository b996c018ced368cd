/**
 * Accounts and the rules about them that need no database: the {@link Account} and {@link Customer} entities,
 * {@link PasswordHash} (PBKDF2, the iteration count stored with each hash so it can be raised later),
 * {@link PasswordPolicy}, {@link LoginThrottle}, {@link PhoneNumber} (E.164, as the PBX dials), {@link Role}, the
 * {@link LoginAttempt}s the throttle counts, and {@link DisplayNames}, the one name lookup every use case shares. Like
 * all of {@code com.aeims.domain}, it uses nothing of the application, the infrastructure or the interfaces
 * (ArchitectureTest); here only the site model and JPA's mapping annotations.
 */
package com.aeims.domain.model.account;
