package com.aeims.application.call;

import com.aeims.application.PushUpdate;

/**
 * A call's new state for its live views, pushed (see {@link com.aeims.application.Push}) when the change commits. A
 * change learned from the PBX carries no display names (the parties' names would cost a query a PBX event, and a live
 * view shows them already).
 */
public record CallChanged(CallSummary call) implements PushUpdate {
}
