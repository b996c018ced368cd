package com.aeims.application;

/** Fired (as a CDI event) after a call's change is committed, for live views of it. */
public record CallChanged(CallSummary call) {
}
