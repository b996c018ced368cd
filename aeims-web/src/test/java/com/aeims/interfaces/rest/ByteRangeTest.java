package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void aPrefixASuffixAndAnOpenEndAreServedAsAsked() {
        assertEquals(new ByteRange(0, 11, false), ByteRange.parse("bytes=0-11", 1000));
        assertEquals(new ByteRange(900, 999, false), ByteRange.parse("bytes=-100", 1000));
        assertEquals(new ByteRange(500, 999, false), ByteRange.parse("bytes=500-", 1000));
        assertEquals(new ByteRange(990, 999, false), ByteRange.parse("bytes=990-5000", 1000), "cut at the end");
        assertEquals(new ByteRange(0, 999, false), ByteRange.parse("bytes=-5000", 1000), "more than there is");
    }

    @Test
    void noInvertedOrSeveralRangesGetTheWholeFileAndAStartPastTheEndNothing() {
        assertEquals(new ByteRange(0, 999, true), ByteRange.parse(null, 1000));
        assertEquals(new ByteRange(0, 999, true), ByteRange.parse("bytes=5-3", 1000));
        assertEquals(new ByteRange(0, 999, true), ByteRange.parse("bytes=0-1,5-9", 1000));
        assertNull(ByteRange.parse("bytes=1000-", 1000));
        assertNull(ByteRange.parse("bytes=99999999999999999999-", 1000));
        assertNull(ByteRange.parse("bytes=-0", 1000));
        assertEquals(1000, ByteRange.parse("bytes=0-", 1000).length());
    }
}
