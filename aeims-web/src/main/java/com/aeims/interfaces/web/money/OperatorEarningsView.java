package com.aeims.interfaces.web.money;

import com.aeims.application.money.Statements;
import com.aeims.interfaces.JsonBuilders;
import com.aeims.interfaces.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;

/** The operator's earnings figures and a Chart.js bar chart of the last 30 days for {@code p:chart}. */
@Named
@RequestScoped
public class OperatorEarningsView {

    @Inject
    private Statements statements;

    @Inject
    private CurrentUser currentUser;

    private Statements.Earnings earnings;
    private List<Statements.Payout> payouts;
    private String chart;

    @PostConstruct
    void load() {
        long operatorId = currentUser.requireId();
        earnings = statements.earnings(operatorId);
        payouts = statements.payouts(operatorId);
        JsonArrayBuilder labels = JsonBuilders.array();
        JsonArrayBuilder values = JsonBuilders.array();
        earnings.last30Days().forEach(day -> {
            labels.add(day.day().toString().substring(5));
            values.add(BigDecimal.valueOf(day.cents(), 2));
        });
        chart = JsonBuilders.object()
                .add("type", "bar")
                .add("data", JsonBuilders.object()
                        .add("labels", labels)
                        .add("datasets", JsonBuilders.array().add(JsonBuilders.object()
                                .add("label", "Earnings ($)")
                                .add("data", values)
                                .add("backgroundColor", "#c2185b"))))
                .add("options", JsonBuilders.object()
                        .add("animation", false)
                        .add("plugins", JsonBuilders.object()
                                .add("legend", JsonBuilders.object().add("display", false))))
                .build().toString();
    }

    public Statements.Earnings getEarnings() { return earnings; }
    public List<Statements.Payout> getPayouts() { return payouts; }
    public String getChart() { return chart; }

    public boolean isPayable() {
        return earnings.payableCents() >= earnings.payoutMinimumCents();
    }
}
