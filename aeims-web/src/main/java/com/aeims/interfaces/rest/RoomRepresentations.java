package com.aeims.interfaces.rest;

import com.aeims.application.room.RoomChat;
import com.aeims.application.room.RoomMember;
import com.aeims.application.room.RoomView;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.JsonBuilders;
import jakarta.json.JsonObjectBuilder;

/** The JSON of rooms, their lines and their people, the same from the customers' and the operator's endpoints. */
final class RoomRepresentations {

    private RoomRepresentations() {
    }

    static JsonObjectBuilder withRoom(JsonObjectBuilder json, RoomView room) {
        return json.add("room_id", room.id()).add("operator_id", room.operatorId())
                .add("operator", room.operatorName()).add("name", room.name()).add("description", room.description())
                .add("pin_protected", room.pinProtected())
                .add("entry_fee", Amounts.dollars(room.entryFeeCents()))
                .add("rate_per_minute", Amounts.dollars(room.ratePerMinuteCents()))
                .add("max_users", room.maxUsers()).add("present", room.present()).add("active", room.active());
    }

    static JsonObjectBuilder withLine(JsonObjectBuilder json, RoomChat.Line line) {
        return json.add("message_id", line.id()).add("author_id", line.authorId())
                .add("author", line.authorName()).add("kind", line.kind()).add("text", line.body())
                .add("sent_at", line.at().toString());
    }

    /** A member as {@code customer_id}, {@code name} and {@code since} under the given name. */
    static JsonObjectBuilder member(RoomMember member, String since) {
        return JsonBuilders.object().add("customer_id", member.customerId()).add("name", member.name())
                .add(since, member.since().toString());
    }
}
