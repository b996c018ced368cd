package com.aeims.application.money;

/** One call to settle against its hold: what it was started under and what the PBX reported of it. */
public record CallToSettle(long holdId, CallTerms terms, boolean connected, long billableSeconds,
                           String callReference) {
}
