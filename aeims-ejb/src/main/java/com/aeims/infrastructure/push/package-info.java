/**
 * {@link LocalPush}, the {@code Push} port on one server: a CDI event that the web module's CallPush, RoomPush and
 * NotificationPush observe once the transaction commits. In a cluster a user's websocket may be open on another node,
 * so this is the class to replace there (a JMS topic whose subscriber on each node fires the same event).
 */
package com.aeims.infrastructure.push;
