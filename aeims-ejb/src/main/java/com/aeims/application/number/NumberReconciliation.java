package com.aeims.application.number;

/**
 * Makes the platform's records and the provider's account agree: a purchase whose outcome was never recorded is
 * finished (the number is the operator's and paid for) or undone (given back), a release the provider was not told of
 * is told again, and a number the provider holds under the platform's tag that no operator holds is given back.
 */
public interface NumberReconciliation {

    /** What one pass did. */
    record Outcome(int finished, int failed, int released, int orphansReleased) {
    }

    Outcome reconcile();
}
