package com.aeims.interfaces.rest;

import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.site.Site;
import com.aeims.interfaces.Amounts;
import com.aeims.interfaces.JsonBuilders;
import jakarta.json.JsonObjectBuilder;

/** JSON views of domain objects, in the seed API's snake_case with money as exact decimals. */
final class Representations {

    private Representations() {
    }

    static JsonObjectBuilder operator(Operator o) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("operator_id", o.getId())
                .add("display_name", o.getDisplayName())
                .add("headline", o.getHeadline())
                .add("bio", o.getBio())
                .add("languages", o.getLanguages())
                .add("availability", o.getAvailability().name().toLowerCase())
                .add("rate_per_minute", Amounts.dollars(o.getRatePerMinuteCents()))
                .add("connect_fee", Amounts.dollars(o.getConnectFeeCents()))
                .add("message_price", Amounts.dollars(o.getMessagePriceCents()))
                .add("picture_url", o.getPicturePath() == null ? "/resources/images/picture-coming-soon.svg"
                        : o.getPicturePath());
        addIfPresent(json, "age", o.getAge());
        addIfPresent(json, "height_cm", o.getHeightCm());
        addIfPresent(json, "build", o.getBuild());
        addIfPresent(json, "hair_color", o.getHairColor());
        addIfPresent(json, "eye_color", o.getEyeColor());
        return json;
    }

    static JsonObjectBuilder account(Account a) {
        return JsonBuilders.object()
                .add("account_id", a.getId())
                .add("email", a.getEmail())
                .add("display_name", a.getDisplayName())
                .add("role", a.getRole().groupName());
    }

    static JsonObjectBuilder site(Site s) {
        return JsonBuilders.object()
                .add("code", s.getCode())
                .add("host", s.getHost())
                .add("name", s.getName())
                .add("tagline", s.getTagline())
                .add("primary_color", s.getPrimaryColor())
                .add("accent_color", s.getAccentColor());
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, Integer value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
