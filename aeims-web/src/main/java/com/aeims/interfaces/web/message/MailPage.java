package com.aeims.interfaces.web.message;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.message.MailService;
import com.aeims.application.notification.Notifications;
import com.aeims.domain.model.account.Role;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.Money;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** Mail: inbox and sent, one mail open, and writing one (new, to {@code to}, or an answer to the open one). */
@Named
@ViewScoped
public class MailPage implements Serializable {

    @Inject
    private MailService mail;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    @Inject
    private Money money;

    @Inject
    private Notifications notifications;

    private Long open;
    private Long to;
    private String subject;
    private String body;
    private String sendKey = UUID.randomUUID().toString();
    private transient MailService.MailView opened;

    /** viewAction: opens the mail named in the address (marking it read) and prepares an answer. */
    public void load() {
        if (open != null) {
            try {
                opened = mail.open(currentUser.requireId(), open);
                notifications.markReadFor(currentUser.requireId(),
                        faces.getExternalContext().getRequestServletPath() + "?open=" + open);
                to = role() == Role.CUSTOMER ? opened.operatorId() : opened.customerId();
                subject = opened.subject().startsWith("Re: ") ? opened.subject() : "Re: " + opened.subject();
            } catch (UnknownEntityException missing) {
                open = null;
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, missing.getMessage(),
                        missing.getMessage()));
            }
        }
    }

    public void send() {
        if (to == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose whom to write to",
                    "Choose whom to write to"));
            return;
        }
        try {
            MailService.Sent sent = mail.send(currentUser.requireId(), role(), to, subject, body, open, sendKey);
            FieldMessages.info(faces, sent.chargedCents() > 0 ? "Mail sent; " + money.format(sent.chargedCents())
                    + " charged." : "Mail sent.");
            body = null;
            sendKey = UUID.randomUUID().toString();
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "write", failure);
        } catch (LedgerException | UnknownEntityException refused) {
            FieldMessages.refused(faces, refused, "mail");
        }
    }

    private Role role() {
        return currentUser.account().orElseThrow().getRole();
    }

    public List<MailService.MailView> getInbox() {
        return mail.box(currentUser.requireId(), role(), true);
    }

    public List<MailService.MailView> getSent() {
        return mail.box(currentUser.requireId(), role(), false);
    }

    public MailService.MailView getOpened() { return opened; }
    public Long getOpen() { return open; }
    public void setOpen(Long open) { this.open = open; }
    public Long getTo() { return to; }
    public void setTo(Long to) { this.to = to; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
