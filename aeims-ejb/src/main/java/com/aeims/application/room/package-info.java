/**
 * Chat rooms, split by who does what: the operator runs their rooms ({@link RoomAdministration}) and keeps order in
 * them ({@link RoomModeration}); customers find, join and leave them ({@link RoomVisits}); the people inside talk
 * ({@link RoomChat}); and the minute meter charges every started minute ({@link RoomBilling}), driven by its timer
 * only, never by a page or a resource (ArchitectureTest). {@link RoomActivity} is what the room's pages are pushed,
 * {@link RoomView} and {@link RoomMember} what they show; {@link RoomRefused} does not roll back, so a wrong PIN is
 * counted for the throttle before it is refused.
 */
package com.aeims.application.room;
