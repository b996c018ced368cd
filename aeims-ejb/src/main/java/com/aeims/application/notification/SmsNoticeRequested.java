package com.aeims.application.notification;

/** A notice to text to an account's confirmed phone once the change it tells of is committed. */
public record SmsNoticeRequested(long accountId, String toNumber, String text) {
}
