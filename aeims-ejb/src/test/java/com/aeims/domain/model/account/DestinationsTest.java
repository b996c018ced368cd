package com.aeims.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DestinationsTest {

    private final Destinations northAmerica = Destinations.parse("1", "+1900,+1976");

    @Test
    void numbersUnderAServedCountryCodeMayBeRungAndOthersNot() {
        assertEquals(Optional.empty(), northAmerica.refusal("+12125550123"));
        assertEquals(Optional.of("We can only call and text numbers starting with +1"),
                northAmerica.refusal("+447700900123"));
    }

    @Test
    void premiumRatePrefixesAreRefusedEvenInAServedCountry() {
        assertEquals(Optional.of("Premium-rate numbers cannot be used"), northAmerica.refusal("+19005550123"));
        assertTrue(northAmerica.refusal("+19765550123").isPresent());
    }

    @Test
    void settingsAreReadWithOrWithoutPlusesAndSpaces() {
        Destinations two = Destinations.parse(" +1, 44 ", "");
        assertEquals(List.of("1", "44"), two.countryCodes());
        assertEquals(Optional.empty(), two.refusal("+447700900123"));
        assertEquals(Optional.of("We can only call and text numbers starting with +1 or +44"),
                two.refusal("+33612345678"));
    }
}
