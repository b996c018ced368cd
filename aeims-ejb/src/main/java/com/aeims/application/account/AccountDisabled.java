package com.aeims.application.account;

import com.aeims.application.PushUpdate;

/** An account was disabled: wherever it is signed in, its sessions and their websockets are to end now. */
public record AccountDisabled(long accountId, String email) implements PushUpdate {
}
