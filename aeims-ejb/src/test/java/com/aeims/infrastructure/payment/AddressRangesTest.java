package com.aeims.infrastructure.payment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressRangesTest {

    private final AddressRanges ccbill = AddressRanges.parse(CcbillSettings.CCBILL_WEBHOOK_RANGES);

    @Test
    void ccbillsSatellitesAreInAndTheirNeighboursAreNot() {
        assertTrue(ccbill.contains("64.38.212.1"));
        assertTrue(ccbill.contains("64.38.241.254"));
        assertFalse(ccbill.contains("64.38.213.1"));
        assertFalse(ccbill.contains("64.38.242.10"));
        assertFalse(ccbill.contains("127.0.0.1"));
    }

    @Test
    void prefixesThatAreNotWholeBytesAndSingleAddressesAndIpv6Work() {
        AddressRanges ranges = AddressRanges.parse("10.0.0.0/12, 192.0.2.7, 2001:db8::/32");

        assertTrue(ranges.contains("10.15.255.255"));
        assertFalse(ranges.contains("10.16.0.0"));
        assertTrue(ranges.contains("192.0.2.7"));
        assertFalse(ranges.contains("192.0.2.8"));
        assertTrue(ranges.contains("2001:db8:1::5"));
        assertFalse(ranges.contains("2001:db9::1"));
    }

    @Test
    void namesAndGarbageAreNeverInARangeAndAreNotRanges() {
        assertFalse(ccbill.contains("ccbill.com"));
        assertFalse(ccbill.contains(""));
        assertThrows(IllegalArgumentException.class, () -> AddressRanges.parse("64.38.212.0/33"));
        assertThrows(IllegalArgumentException.class, () -> AddressRanges.parse("example.com/24"));
        assertThrows(IllegalArgumentException.class, () -> AddressRanges.parse("64.38.212/24"));
    }
}
