package com.aeims.application.room;

import java.util.List;

/** The operator keeps order in their room: asks a customer to leave, bans and lets back in, invites. */
public interface RoomModeration {

    /** Moves a customer out of the operator's room; a ban also keeps them out until it is lifted. */
    void remove(long operatorId, long roomId, long customerId, boolean ban);

    void liftBan(long operatorId, long roomId, long customerId);

    /** The room's bans, latest first; {@code since} is when each was made. */
    List<RoomMember> banned(long operatorId, long roomId);

    /** Invites a customer who has been in touch with the operator; they get a toast and may enter without the PIN. */
    void invite(long operatorId, long roomId, long customerId);
}
