package com.aeims.infrastructure.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CcbillDigestsTest {

    /** The salt of the examples on CCBill's "formDigest value" page. */
    private static final String EXAMPLE_SALT = "7d901dad245fd0ff6bc20d06";

    @Test
    void theFormDigestIsTheOneOnCcbillsOwnExample() {
        assertEquals("a7459445d0e5dc0963fe736dc5cf900b", CcbillDigests.formDigest("10.00", "30", "840", EXAMPLE_SALT));
    }

    @Test
    void theSaleDigestHashesTheSubscriptionWithOneAndTheSalt() {
        assertEquals(CcbillDigests.formDigest("0117240102000000041", "1", "", EXAMPLE_SALT),
                CcbillDigests.saleDigest("0117240102000000041", EXAMPLE_SALT));
    }

    @Test
    void aDigestMatchesWhateverItsCaseAndNothingElseDoes() {
        String digest = CcbillDigests.saleDigest("1", EXAMPLE_SALT);

        assertTrue(CcbillDigests.matches(digest, digest.toUpperCase()));
        assertFalse(CcbillDigests.matches(digest, null));
        assertFalse(CcbillDigests.matches(digest, digest.substring(1)));
    }
}
