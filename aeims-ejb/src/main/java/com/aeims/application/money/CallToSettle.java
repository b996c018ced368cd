package com.aeims.application.money;

/**
 * One call to settle against its hold: what it was started under and what the PBX reported of it.
 * {@code connectFeeOnly}: a booked call the customer missed, which costs the connect fee and nothing else.
 */
public record CallToSettle(long holdId, CallTerms terms, boolean connected, long billableSeconds,
                           String callReference, boolean connectFeeOnly) {

    public CallToSettle(long holdId, CallTerms terms, boolean connected, long billableSeconds, String callReference) {
        this(holdId, terms, connected, billableSeconds, callReference, false);
    }
}
