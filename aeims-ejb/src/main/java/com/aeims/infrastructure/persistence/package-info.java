/**
 * The domain's repositories on the EclipseLink unit {@code aeims} (the {@code Jpa*Repository} classes and
 * {@link JpaDisplayNames}) for calls, rooms, messages, notifications, operators and interactions, and
 * {@link JpaOperatorDirectory}, the application's operator search; accounts, sites and money reports still query JPA in
 * their own {@code internal} package, a few queries each.
 * {@link DatabaseMigrator} runs the Flyway migrations at deployment before anything touches the database (the timers
 * depend on it), and {@link DemoData} loads the demo accounts and rooms only under {@code -Daeims.demo=true}.
 */
package com.aeims.infrastructure.persistence;
