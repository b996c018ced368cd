package com.aeims.jca.asterisk.peer;

import java.time.Duration;

/**
 * What the simulated PBX does with one originated call: which recorded Asterisk session it replays; how long the
 * operator's phone rings and the parties talk (in Asterisk's time stamps; null keeps the recording's) and how long
 * the replay really waits there; how the call ends; whether events are duplicated or reordered across channels
 * (keeping each channel's own order, as AMI does); the recording the dialplan reports in the Cdr's UserField, if any;
 * and whether the PBX ignores Originate's ChannelId (as an Asterisk before 12 does) instead of giving the call's
 * channels that Linkedid.
 *
 * <p>Recordings under {@code contract/} are calls through the project's own dialplan with PJSIP phones (two bridges
 * a call: the customer's phone with the Local channel's ;2 half when the customer answers, the ;1 half with the
 * operator's phone when the operator answers); the others are Local-channel calls of a small lab dialplan.
 */
public record CallScript(String transcript, Duration ring, Duration realRing, Duration talk, Duration realTalk,
                         Ending ending, boolean duplicated, long reorderSeed, String recording,
                         boolean ignoresChannelIds) {

    public enum Ending {
        /** a party hangs up after the talk time */
        AFTER_TALK,
        /** the call lasts until the application hangs it up, its absolute timeout expires, or the test ends it */
        ON_REQUEST
    }

    /** The customer answers at once, the operator's phone rings 5 s, answers, and hangs up 7 s later. */
    public static final String OPERATOR_RINGS_THEN_TALKS = "contract/g1-operator-rings-5s-then-talks-7s";
    private static final String LOCAL_CHANNELS = "a2-local-channelvars-inherited-var";
    private static final Duration QUICKLY = Duration.ofMillis(20);

    /**
     * Through the platform's dialplan: the operator's phone rings as recorded (5 s), answers, and hangs up after
     * {@code talk} (replayed in a few milliseconds).
     */
    public static CallScript bridged(Duration talk) {
        return new CallScript(OPERATOR_RINGS_THEN_TALKS, null, QUICKLY, talk, QUICKLY, Ending.AFTER_TALK, false, 0,
                null, false);
    }

    /** Through Local channels only (one bridge), with Cdr events; the operator hangs up after {@code talk}. */
    public static CallScript bridgedThroughLocalChannels(Duration talk) {
        return new CallScript(LOCAL_CHANNELS, null, QUICKLY, talk, QUICKLY, Ending.AFTER_TALK, false, 0, null, false);
    }

    /** Local channels, bridged, without channel variables on the events (manager.conf without channelvars). */
    public static CallScript bridgedWithoutChannelVariables(Duration talk) {
        return new CallScript("a-operator-hangs-up", null, QUICKLY, talk, QUICKLY, Ending.AFTER_TALK, false, 0, null,
                false);
    }

    /**
     * Through the platform's dialplan, the operator's phone ringing briefly, and talking until the application or the
     * test ends it; Asterisk's clock runs with the real one.
     */
    public static CallScript bridgedUntilEnded() {
        return new CallScript(OPERATOR_RINGS_THEN_TALKS, QUICKLY, QUICKLY, Duration.ZERO, Duration.ZERO,
                Ending.ON_REQUEST, false, 0, null, false);
    }

    /** A recorded session as it was recorded (talk and ringing as long as then, replayed in a few milliseconds). */
    public static CallScript recorded(String transcript) {
        return new CallScript(transcript, null, QUICKLY, Duration.ZERO, QUICKLY, Ending.AFTER_TALK, false, 0, null,
                false);
    }

    /** The operator's phone rings this long in Asterisk's time stamps. */
    public CallScript ringing(Duration ringing) {
        return new CallScript(transcript, ringing, realRing, talk, realTalk, ending, duplicated, reorderSeed, recording,
                ignoresChannelIds);
    }

    /** The replay really waits this long while the operator's phone rings. */
    public CallScript realRing(Duration wait) {
        return new CallScript(transcript, ring, wait, talk, realTalk, ending, duplicated, reorderSeed, recording,
                ignoresChannelIds);
    }

    public CallScript realTalk(Duration wait) {
        return new CallScript(transcript, ring, realRing, talk, wait, ending, duplicated, reorderSeed, recording,
                ignoresChannelIds);
    }

    public CallScript duplicatedAndReordered(long seed) {
        return new CallScript(transcript, ring, realRing, talk, realTalk, ending, true, seed, recording,
                ignoresChannelIds);
    }

    /** The dialplan recorded the call: every Cdr of it carries {@code recording:<file>} in UserField. */
    public CallScript recordedTo(String file) {
        return new CallScript(transcript, ring, realRing, talk, realTalk, ending, duplicated, reorderSeed, file,
                ignoresChannelIds);
    }

    /** The PBX gives the channels Uniqueids of its own, whatever ChannelId the Originate asked for. */
    public CallScript ignoringChannelIds() {
        return new CallScript(transcript, ring, realRing, talk, realTalk, ending, duplicated, reorderSeed, recording,
                true);
    }
}
