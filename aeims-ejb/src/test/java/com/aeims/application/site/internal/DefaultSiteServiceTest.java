package com.aeims.application.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultSiteServiceTest {

    @ParameterizedTest
    @CsvSource({
            "flirts.nyc, flirts.nyc",
            "WWW.Flirts.NYC, flirts.nyc",
            "sexacomms.com:8443, sexacomms.com",
            "nycflirts.com., nycflirts.com",
            "'[::1]:8080', '[::1]'",
            "localhost, localhost"})
    void reducesAHostHeaderToTheSiteHostName(String header, String expected) {
        assertEquals(expected, DefaultSiteService.hostName(header));
    }
}
