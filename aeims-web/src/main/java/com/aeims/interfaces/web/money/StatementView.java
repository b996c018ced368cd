package com.aeims.interfaces.web.money;

import com.aeims.application.money.Statements;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
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

    private long customerId;
    private LocalDate from;
    private LocalDate to;
    private PostingKind kind;
    private List<Statements.Line> lines;

    @PostConstruct
    void init() {
        customerId = currentUser.requireId();
        search();
    }

    public void search() {
        lines = statements.customerStatement(customerId, from, to, kind);
    }

    public PostingKind[] getKinds() {
        return PostingKind.values();
    }

    public List<Statements.Line> getLines() { return lines; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public PostingKind getKind() { return kind; }
    public void setKind(PostingKind kind) { this.kind = kind; }
}
