package com.aeims.application.money;

import com.aeims.domain.model.ledger.PostingKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Read side of the money: customer statements, operator earnings and payouts. */
public interface Statements {

    record Line(long postingId, OffsetDateTime at, PostingKind kind, String description, long amountCents,
                long balanceCents) {
        public String getKindLabel() {
            return kind.label();
        }
    }

    /** The most lines one statement holds: a longer history is read a date range at a time. */
    int MAX_LINES = 1_000;

    /** Up to {@link #MAX_LINES} lines, newest first; {@code more} when older ones in the range were left out. */
    record Statement(List<Line> lines, boolean more) {
    }

    /** The customer's funds (available plus reserved), newest first; {@code kind} null means every kind. */
    Statement customerStatement(long customerId, LocalDate from, LocalDate toInclusive, PostingKind kind);

    record Earnings(long balanceCents, long todayCents, long weekCents, long monthCents, long paidMinutesMonth,
                    long callsMonth, long messagesMonth, Double averageRating, long payoutMinimumCents,
                    List<DayEarnings> last30Days, long payableCents, int reserveDays) {

        /** Earned within the reserve period: paid out once the period has passed. */
        public long inReserveCents() {
            return balanceCents - payableCents;
        }
    }

    record DayEarnings(LocalDate day, long cents) {
    }

    Earnings earnings(long operatorId);

    /** A payout; {@code returnedAt} set when the processor sent it back and it went back to the earnings. */
    record Payout(long id, long amountCents, String externalReference, OffsetDateTime paidAt,
                  OffsetDateTime returnedAt) {
    }

    List<Payout> payouts(long operatorId);
}
