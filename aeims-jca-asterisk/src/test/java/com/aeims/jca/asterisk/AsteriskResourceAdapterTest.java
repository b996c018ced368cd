package com.aeims.jca.asterisk;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.InvalidPropertyException;
import org.junit.jupiter.api.Test;

class AsteriskResourceAdapterTest {

    @Test
    void defaultsAreValid() {
        assertDoesNotThrow(new AsteriskResourceAdapter()::validate);
    }

    @Test
    void rejectsPortOutOfRange() {
        AsteriskResourceAdapter adapter = new AsteriskResourceAdapter();
        adapter.setPort(70000);
        InvalidPropertyException error = assertThrows(InvalidPropertyException.class, adapter::validate);
        assertTrue(error.getMessage().contains("port"));
    }

    @Test
    void rejectsBlankHost() {
        AsteriskResourceAdapter adapter = new AsteriskResourceAdapter();
        adapter.setHost(" ");
        assertThrows(InvalidPropertyException.class, adapter::validate);
    }

    @Test
    void rejectsPingIntervalBelowOneSecond() {
        AsteriskResourceAdapter adapter = new AsteriskResourceAdapter();
        adapter.setPingIntervalMillis(10L);
        assertThrows(InvalidPropertyException.class, adapter::validate);
    }
}
