/**
 * Operators' own phone numbers: search, buy and give back ({@link OperatorNumbers}) through the {@link NumberProvider}
 * port, and the {@link NumberReconciliation} that finishes or undoes what a failure left half done. Uses the money and
 * notification use cases through their public interfaces only.
 */
package com.aeims.application.number;
