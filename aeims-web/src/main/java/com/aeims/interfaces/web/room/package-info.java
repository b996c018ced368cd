/**
 * Room pages: the host's ({@link RoomHostPage}) and the customer's ({@link RoomVisitPage}) over what they share
 * ({@link RoomChatPage}), the operator's list of rooms ({@link OperatorRoomsPage}) and the directory
 * ({@link RoomDirectoryView}). {@link RoomPush} sends each committed {@code RoomActivity} over the Faces websocket
 * channel "rooms" (read by {@code resources/js/rooms.js}); {@link RoomPresenceEndpoint} and {@link RoomSockets} keep a
 * customer's visit alive while their page answers the server's pings, so a closed browser stops paying. Uses the room
 * use cases, never the minute meter (ArchitectureTest).
 */
package com.aeims.interfaces.web.room;
