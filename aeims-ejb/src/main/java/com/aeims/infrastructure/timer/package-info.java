/**
 * The scheduled work: {@link CallWatchdog} (calls past their cap, calls the PBX went quiet about, calls a restart left
 * due), {@link RoomMinuteTimer} (the rooms' minute meter), {@link HoldExpiryTimer} (stale holds back to their
 * customers), {@link PbxLogRetention} (old channel event log rows) and {@link AttemptRetention} (old login tries, idle
 * throttle counters, old wrong PINs). Non-persistent {@code @Schedule} singletons that wait for the schema
 * ({@code @DependsOn("DatabaseMigrator")}) and may run on every node of a cluster: each step locks the rows it changes
 * or does no harm done twice (a second hang-up, a second delete).
 */
package com.aeims.infrastructure.timer;
