package com.aeims.application;

/**
 * Fired (as a CDI event) after a call's change is committed, for live views of it. A change learned from the PBX
 * carries no display names (the parties' names would cost a query a PBX event, and a live view shows them already).
 */
public record CallChanged(CallSummary call) {
}
