/**
 * The Asterisk manager interface as a JCA resource adapter (the RAR nested in aeims.ear). One AMI session per server
 * ({@link AmiSession}; asterisk-java owns the socket, its reader thread and reconnecting), because Asterisk sends every
 * event to every session; outbound connections are pooled views on it ({@link AmiManagedConnectionFactory},
 * {@link AmiManagedConnection}); inbound, {@link EventActivation} queues events in lanes by Linkedid and drains each
 * lane with a WorkManager Work, so the reader thread never waits on a bean and one call's events arrive in order. It
 * knows AMI and nothing of AEIMS: nothing here may use {@code com.aeims} outside {@code com.aeims.jca}
 * (AdapterArchitectureTest).
 */
package com.aeims.jca.asterisk;
