package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aeims.testsupport.AeimsIT;
import com.aeims.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

/** The public searches take bounded input: paging and search text past their limits are 400s, never 500s. */
class SearchApiIT extends AeimsIT {

    private static void assertRefused(ApiClient.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals("VALIDATION_FAILED", reply.json().getString("code"));
    }

    @Test
    void aPageSoFarThatItsOffsetWouldOverflowIsRefused() {
        ApiClient visitor = new ApiClient(baseUri());
        assertRefused(visitor.get("api/operators?page=30000000&size=100"));
        assertEquals(200, visitor.get("api/operators?page=10000&size=100").status(), "the last page allowed");
    }

    @Test
    void searchTextLongerThanAnyoneTypesIsRefused() {
        ApiClient visitor = new ApiClient(baseUri());
        String essay = "a".repeat(101);
        assertRefused(visitor.get("api/operators?q=" + essay));
        assertRefused(visitor.get("api/rooms?q=" + essay));
        assertEquals(200, visitor.get("api/rooms?q=" + "a".repeat(100)).status());
    }
}
