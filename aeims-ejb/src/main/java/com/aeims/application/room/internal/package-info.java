/**
 * The {@code @Stateless} room services and what they share: {@link RoomLookup} (the room a request names; someone
 * else's room is "not found", so operators cannot probe each other's), {@link RoomPresence} (moving people in and out
 * with the lines and pushes that go with it) and {@link RoomCharges} (entry fees and minutes through the money use
 * case's {@code BillingService}, split like calls). All run in the caller's transaction on the domain's
 * {@code RoomRepository}. Only {@code com.aeims.application.room} may reach in here (ArchitectureTest).
 */
package com.aeims.application.room.internal;
