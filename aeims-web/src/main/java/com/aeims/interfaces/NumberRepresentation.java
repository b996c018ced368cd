package com.aeims.interfaces;

import com.aeims.application.number.NumberView;
import com.aeims.application.number.OperatorNumbers;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/** An operator's number, and a number on offer, as the API gives them: money in exact decimal dollars. */
public final class NumberRepresentation {

    private NumberRepresentation() {
    }

    public static JsonObjectBuilder of(NumberView number) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("number_id", number.id())
                .add("phone_number", number.phoneNumber())
                .add("type", number.type().name().toLowerCase(Locale.ROOT))
                .add("status", number.status().name().toLowerCase(Locale.ROOT))
                .add("rate_per_minute", Amounts.dollars(number.ratePerMinuteCents()))
                .add("monthly_fee", Amounts.dollars(number.monthlyFeeCents()))
                .add("fee_waived", number.feeWaived());
        addText(json, "locality", number.locality());
        addText(json, "region", number.region());
        number.purchasedAt().ifPresent(at -> json.add("purchased_at", at.toString()));
        number.nextFeeAt().ifPresent(at -> json.add("next_fee_at", at.toString()));
        number.failure().ifPresent(why -> json.add("failure", why));
        return json;
    }

    public static JsonObjectBuilder of(OperatorNumbers.Offer offer) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("phone_number", offer.number().phoneNumber())
                .add("type", offer.number().type().name().toLowerCase(Locale.ROOT))
                .add("monthly_fee", Amounts.dollars(offer.monthlyFeeCents()));
        addText(json, "locality", offer.number().locality());
        addText(json, "region", offer.number().region());
        return json;
    }

    private static void addText(JsonObjectBuilder json, String name, String text) {
        if (text != null && !text.isBlank()) {
            json.add(name, text);
        }
    }
}
