package com.aeims.jca.asterisk.peer;

import java.time.Duration;

/**
 * What the simulated PBX does with one originated call: which recorded Asterisk session it replays, how long the
 * parties talk (in Asterisk's time stamps) and how long the replay really waits there, how the call ends, and
 * whether events are duplicated or reordered across channels (keeping each channel's own order, as AMI does), and
 * the recording the dialplan reports in the Cdr's UserField, if any, and whether the PBX ignores Originate's
 * ChannelId (as an Asterisk before 12 does) instead of giving the call's channels that Linkedid.
 */
public record CallScript(String transcript, Duration talk, Duration realTalk, Ending ending, boolean duplicated,
                         long reorderSeed, String recording, boolean ignoresChannelIds) {

    public enum Ending {
        /** a party hangs up after the talk time */
        AFTER_TALK,
        /** the call lasts until the application hangs it up, its absolute timeout expires, or the test ends it */
        ON_REQUEST
    }

    private static final String BRIDGED = "a2-local-channelvars-inherited-var";

    /** Answered, bridged, and the operator hangs up after {@code talk} (replayed in a few milliseconds). */
    public static CallScript bridged(Duration talk) {
        return new CallScript(BRIDGED, talk, Duration.ofMillis(20), Ending.AFTER_TALK, false, 0, null, false);
    }

    /** Answered and bridged without channel variables on the events (manager.conf without channelvars). */
    public static CallScript bridgedWithoutChannelVariables(Duration talk) {
        return new CallScript("a-operator-hangs-up", talk, Duration.ofMillis(20), Ending.AFTER_TALK, false, 0, null,
                false);
    }

    /** Answered and bridged until the application or the test ends it. */
    public static CallScript bridgedUntilEnded() {
        return new CallScript(BRIDGED, Duration.ZERO, Duration.ZERO, Ending.ON_REQUEST, false, 0, null, false);
    }

    public static CallScript recorded(String transcript) {
        return new CallScript(transcript, Duration.ZERO, Duration.ofMillis(20), Ending.AFTER_TALK, false, 0, null,
                false);
    }

    public CallScript realTalk(Duration wait) {
        return new CallScript(transcript, talk, wait, ending, duplicated, reorderSeed, recording, ignoresChannelIds);
    }

    public CallScript duplicatedAndReordered(long seed) {
        return new CallScript(transcript, talk, realTalk, ending, true, seed, recording, ignoresChannelIds);
    }

    /** The dialplan recorded the call: every Cdr of it carries {@code recording:<file>} in UserField. */
    public CallScript recordedTo(String file) {
        return new CallScript(transcript, talk, realTalk, ending, duplicated, reorderSeed, file, ignoresChannelIds);
    }

    /** The PBX gives the channels Uniqueids of its own, whatever ChannelId the Originate asked for. */
    public CallScript ignoringChannelIds() {
        return new CallScript(transcript, talk, realTalk, ending, duplicated, reorderSeed, recording, true);
    }
}
