/**
 * Private chat rooms: {@link ChatRoom} (terms, PIN hash, size, open or closed), {@link RoomVisit} (one customer's stay;
 * every started minute is paid when it starts, at the rate the room had when they joined, so leaving never owes
 * anything), {@link RoomMessage} (a line of history, or someone coming or going) and {@link RoomRepository},
 * implemented in infrastructure/persistence. Depends on nothing outside the domain.
 */
package com.aeims.domain.model.room;
