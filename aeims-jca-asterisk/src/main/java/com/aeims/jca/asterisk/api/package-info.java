/**
 * What applications see of the adapter: {@link AmiConnectionFactory} and {@link AmiConnection} for actions,
 * {@link AmiEventListener} for events, and plain data ({@link AmiEvent}, {@link AmiChannel}, {@link OriginateRequest})
 * instead of asterisk-java's types, so nothing outside the adapter depends on asterisk-java. Depends on the Connector
 * API and the JDK only.
 */
package com.aeims.jca.asterisk.api;
