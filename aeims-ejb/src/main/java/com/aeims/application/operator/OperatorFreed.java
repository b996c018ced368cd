package com.aeims.application.operator;

/**
 * An operator became free for calls (online, off every call), fired in the transaction that freed them; whoever waits
 * for them acts once it commits.
 */
public record OperatorFreed(long operatorId) {
}
