/**
 * The call ports on Asterisk, through the AMI resource adapter's API ({@code com.aeims.jca.asterisk.api}, never
 * asterisk-java itself). {@link AmiTelephony} implements {@code Telephony}: originate, hang up, AbsoluteTimeout, list
 * the channels. {@link AmiEventsConsumer} is the MDB the adapter delivers AMI events to; {@link PbxEventIntake} turns
 * each delivery into call events on the durable queue, reading events with {@link AmiCallFacts} and matching those that
 * do not name their call by Linkedid ({@link CallLinks}). {@link ChannelEventLog} implements {@code PbxCallLog} on the
 * channel event log Asterisk writes into AEIMS' database itself, and {@link PbxLink} keeps when the AMI session was
 * lost for the reconciliation that follows.
 */
package com.aeims.infrastructure.telephony;
