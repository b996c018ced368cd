package com.aeims.application.money;

import com.aeims.application.PushUpdate;

/** A customer was frozen after a chargeback: their sessions end and their calls are hung up once it commits. */
public record CustomerFrozen(long customerId, String email) implements PushUpdate {
}
