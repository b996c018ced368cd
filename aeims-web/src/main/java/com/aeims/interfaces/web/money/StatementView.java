package com.aeims.interfaces.web.money;

import com.aeims.application.ValidationFailure;
import com.aeims.application.money.Statements;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The customer's statement with date and type filters; exported to CSV by PrimeFaces' data exporter. */
@Named
@ViewScoped
public class StatementView implements Serializable {

    @Inject
    private Statements statements;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    private long customerId;
    private LocalDate from;
    private LocalDate to;
    private PostingKind kind;
    private List<Statements.Line> lines = List.of();
    private boolean more;

    @PostConstruct
    void init() {
        customerId = currentUser.requireId();
        search();
    }

    public void search() {
        try {
            Statements.Statement statement = statements.customerStatement(customerId, from, to, kind);
            lines = statement.lines();
            more = statement.more();
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "statement", failure);
        }
    }

    public PostingKind[] getKinds() {
        return PostingKind.values();
    }

    public List<Statements.Line> getLines() { return lines; }
    public boolean isMore() { return more; }
    public int getMaxLines() { return Statements.MAX_LINES; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public PostingKind getKind() { return kind; }
    public void setKind(PostingKind kind) { this.kind = kind; }
}
