-- Operator earnings become payable only after a reserve period, so a chargeback inside it can still be taken back;
-- whether chargebacks are taken back from the operators who earned from the spending (1) or borne by the platform (0).
INSERT INTO money_setting (name, value) VALUES
    ('payout_reserve_days', 14),
    ('chargebacks_borne_by_operators', 0);
