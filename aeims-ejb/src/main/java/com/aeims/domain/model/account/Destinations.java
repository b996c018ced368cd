package com.aeims.domain.model.account;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where the platform may ring or text: E.164 numbers under the country codes it serves, except premium-rate
 * prefixes. The platform pays for every call leg and SMS, so an unrestricted destination is toll fraud waiting to
 * happen; the dialplan (config/asterisk/extensions.conf) holds the same rule.
 */
public record Destinations(List<String> countryCodes, List<String> blockedPrefixes) {

    public Destinations {
        countryCodes = List.copyOf(countryCodes);
        blockedPrefixes = List.copyOf(blockedPrefixes);
    }

    /** From comma-separated settings: country codes without the plus ({@code 1,44}), prefixes with it. */
    public static Destinations parse(String countryCodes, String blockedPrefixes) {
        return new Destinations(list(countryCodes).stream().map(c -> c.replaceFirst("^\\+", "")).toList(),
                list(blockedPrefixes));
    }

    /** Why the number may not be rung or texted, if it may not; it is E.164 already. */
    public Optional<String> refusal(String e164) {
        if (countryCodes.stream().noneMatch(code -> e164.startsWith("+" + code))) {
            return Optional.of("We can only call and text numbers starting with "
                    + String.join(" or ", countryCodes.stream().map(code -> "+" + code).toList()));
        }
        if (blockedPrefixes.stream().anyMatch(e164::startsWith)) {
            return Optional.of("Premium-rate numbers cannot be used");
        }
        return Optional.empty();
    }

    private static List<String> list(String setting) {
        return setting == null ? List.of() : Arrays.stream(setting.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
