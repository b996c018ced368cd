package com.aeims.interfaces.web.room;

import com.aeims.application.room.RoomActivity;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.Money;
import com.aeims.interfaces.web.push.WebModuleContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/**
 * Room news to the browsers of the people it concerns (Faces websocket channel "rooms", per user), after it is
 * committed: messages and comings and goings to everyone in the room, minutes, warnings and removals to the customer,
 * earnings to the operator. One message goes to the whole audience in one send.
 */
@ApplicationScoped
public class RoomPush {

    // looked up on the push thread: Faces' PushContext ties itself to the HTTP session of the thread that makes it
    @Inject
    @Push(channel = "rooms")
    private Instance<PushContext> channel;

    @Inject
    private WebModuleContext webModule;

    @Inject
    private Money money;

    void happened(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomActivity activity) {
        String message = message(activity);
        webModule.run(() -> channel.get().send(message, activity.audience()));
    }

    private String message(RoomActivity a) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("room_id", a.roomId())
                .add("type", a.kind().name().toLowerCase(Locale.ROOT))
                .add("at", a.at().toString());
        if (a.actorId() != null) {
            json.add("actor_id", a.actorId());
        }
        if (a.actorName() != null) {
            json.add("actor", a.actorName());
        }
        String text = switch (a.kind()) {
            case JOINED -> "joined";
            // the room is not told why someone went, except that the host asked them to
            case LEFT -> "KICKED".equals(a.text()) || "BANNED".equals(a.text()) ? "was asked to leave" : "left";
            default -> a.text();
        };
        if (text != null) {
            json.add("text", text);
        }
        if (a.lineId() != null) {
            json.add("message_id", a.lineId());
        }
        if (a.cents() != null) {
            json.add(a.kind() == RoomActivity.Kind.EARNINGS ? "earned" : "spent", money.format(a.cents()));
        }
        if (a.balanceCents() != null) {
            json.add("balance", money.format(a.balanceCents()));
        }
        if (a.minutes() != null) {
            json.add("minutes", a.minutes());
        }
        return json.build().toString();
    }
}
