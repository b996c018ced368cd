/**
 * Chat and mail pages: conversations ({@link ConversationPage}, updated live when a notification about them arrives),
 * mail ({@link MailPage}) and an operator's customers ({@link MyCustomersView}). Each message written gets its own
 * idempotency key, so a double click or a resent form sends and charges it once. Uses the message and notification use
 * cases.
 */
package com.aeims.interfaces.web.message;
