package com.aeims.interfaces.web.message;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.message.TextService;
import com.aeims.application.notification.Notifications;
import com.aeims.application.operator.OperatorDirectory;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.operator.Operator;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.Money;
import com.aeims.interfaces.web.security.CurrentUser;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A customer's or an operator's conversations, one of them open: its messages (live), and the box to write the
 * next one. Each message written gets its own idempotency key, so a double click or a retried request sends (and
 * charges) it once.
 */
@Named
@ViewScoped
public class ConversationPage implements Serializable {

    private static final int SHOWN = 200;

    @Inject
    private TextService texts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    @Inject
    private Money money;

    @Inject
    private OperatorDirectory directory;

    @Inject
    private Notifications notifications;

    @Inject
    private CurrentSite currentSite;

    private Long with;
    private String text;
    private String sendKey = UUID.randomUUID().toString();

    /** viewAction: opening a conversation marks the other party's messages, and the toasts about them, read. */
    public void open() {
        if (with != null) {
            texts.markRead(currentUser.requireId(), role(), with);
            notifications.markReadFor(currentUser.requireId(), faces.getExternalContext().getRequestServletPath()
                    + "?with=" + with);
        }
    }

    public void send() {
        if (with == null) {
            return;
        }
        try {
            TextService.Sent sent = role() == Role.CUSTOMER
                    ? texts.sendToOperator(currentUser.requireId(), with, text, sendKey)
                    : texts.replyToCustomer(currentUser.requireId(), with, text, sendKey);
            text = null;
            sendKey = UUID.randomUUID().toString();
            if (sent.chargedCents() > 0) {
                FieldMessages.info(faces, "Sent; " + money.format(sent.chargedCents()) + " charged. Your balance is "
                        + money.format(sent.balanceRemainingCents()) + ".");
            }
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "compose", failure);
        } catch (LedgerException | UnknownEntityException refused) {
            FieldMessages.refused(faces, refused, "message");
        }
    }

    /** After a push about this conversation: mark what arrived as read; the page re-renders the messages. */
    public void refresh() {
        open();
    }

    private Role role() {
        return currentUser.account().orElseThrow().getRole();
    }

    public List<TextService.ConversationView> getConversations() {
        return texts.conversations(currentUser.requireId(), role());
    }

    public List<TextService.MessageView> getMessages() {
        if (with == null) {
            return List.of();
        }
        try {
            return texts.conversation(currentUser.requireId(), role(), with, SHOWN);
        } catch (UnknownEntityException notYours) {
            // an operator's address naming someone who never wrote to them: there is nothing to show
            return List.of();
        }
    }

    public String getPartyName() {
        if (with == null) {
            return "";
        }
        return getConversations().stream().filter(c -> c.partyId() == with).map(TextService.ConversationView::partyName)
                .findFirst()
                .or(() -> role() == Role.CUSTOMER
                        ? directory.findOnSite(with, currentSite.getId()).map(Operator::getDisplayName)
                        : java.util.Optional.empty())
                .orElse("");
    }

    /** What the customer pays per message in the open conversation. */
    public long getMessagePriceCents() {
        if (with == null || role() != Role.CUSTOMER) {
            return 0;
        }
        return directory.findOnSite(with, currentSite.getId()).map(Operator::getMessagePriceCents).orElse(0);
    }

    public Long getWith() { return with; }
    public void setWith(Long with) { this.with = with; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
