/**
 * The call-event queue, {@code AeimsCallEvents} (config/configure-messaging.cli). {@link JmsCallEvents} implements the
 * {@code CallEvents} port: a message carries facts of one call and is in that call's message group, so one consumer at
 * a time applies a call's facts, in order; a SETTLE_DUE is sent with a delivery delay, the settle grace.
 * {@link CallEventsConsumer} is the MDB that applies each message to {@code CallProgress} and acknowledges it only once
 * that transaction committed, so a failure is redelivered and a redelivery after success changes nothing. Like all of
 * {@code com.aeims.infrastructure}, it implements ports of the application and the domain and never uses the interfaces
 * (ArchitectureTest).
 */
package com.aeims.infrastructure.jms;
