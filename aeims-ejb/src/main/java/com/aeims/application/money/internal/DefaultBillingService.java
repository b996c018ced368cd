package com.aeims.application.money.internal;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.money.BalanceCheck;
import com.aeims.application.money.BillingService;
import com.aeims.application.money.CallSettlement;
import com.aeims.application.money.CallTerms;
import com.aeims.application.money.CallToSettle;
import com.aeims.application.money.MoneySettings;
import com.aeims.application.money.SpendingGuard;
import com.aeims.domain.model.ledger.AccountKind;
import com.aeims.domain.model.ledger.AccountRef;
import com.aeims.domain.model.ledger.ChargeRecord;
import com.aeims.domain.model.ledger.ChargeRepository;
import com.aeims.domain.model.ledger.Hold;
import com.aeims.domain.model.ledger.HoldRepository;
import com.aeims.domain.model.ledger.Ledger;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.ledger.LedgerException.Reason;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.ledger.PostingRequest;
import com.aeims.domain.model.ledger.SettlementRecords;
import com.aeims.domain.model.ledger.Split;
import com.aeims.domain.model.ledger.TransferLeg;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.pricing.CallCharge;
import com.aeims.domain.model.pricing.FreeMinuteGrant;
import com.aeims.domain.model.pricing.FreeMinuteRepository;
import com.aeims.domain.model.pricing.FreeMinutes;
import com.aeims.domain.model.pricing.TalkTime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultBillingService implements BillingService {

    @Inject
    private Ledger ledger;

    @Inject
    private HoldRepository holds;

    @Inject
    private FreeMinuteRepository freeMinutes;

    @Inject
    private ChargeRepository charges;

    @Inject
    private SettlementRecords settlements;

    @Inject
    private MoneySettings settings;

    @Inject
    private SpendingGuard spending;

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Hold placeHold(String idempotencyKey, long customerId, long amountCents, String purpose, String reference,
                          Duration timeToLive) {
        settings.requireWithinPostingLimit(amountCents);
        spending.requireMaySpend(customerId, amountCents);
        Posting placed = ledger.post(PostingRequest.of(idempotencyKey, PostingKind.HOLD, reference,
                "Funds reserved for " + purpose.toLowerCase(),
                List.of(new TransferLeg(AccountRef.available(customerId), AccountRef.held(customerId), amountCents))));
        if (placed.replayed()) {
            return holds.findByPlacedPosting(placed.id()).orElseThrow();
        }
        return holds.insert(customerId, amountCents, purpose, reference, placed.id(),
                OffsetDateTime.now(ZoneOffset.UTC).plus(timeToLive));
    }

    @Override
    public Hold releaseHold(long holdId) {
        return release(lockedHold(holdId), Hold.Status.VOIDED);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void expireHold(long holdId) {
        Hold hold = lockedHold(holdId);
        if (hold.isPending() && hold.expiresAt().isBefore(OffsetDateTime.now(ZoneOffset.UTC))) {
            release(hold, Hold.Status.EXPIRED);
        }
    }

    /** Gives a locked hold back to its customer, unless it is already closed. */
    private Hold release(Hold hold, Hold.Status as) {
        long holdId = hold.id();
        if (!hold.isPending()) {
            if (hold.status() == Hold.Status.POSTED) {
                throw new LedgerException(Reason.HOLD_CLOSED, "Hold " + holdId + " was already settled");
            }
            return hold;
        }
        Posting released = ledger.post(PostingRequest.of("hold-release:" + holdId, PostingKind.HOLD_RELEASE,
                hold.reference(), "Reserved funds released",
                List.of(new TransferLeg(AccountRef.held(hold.customerId()), AccountRef.available(hold.customerId()),
                        hold.amountCents()))));
        holds.close(holdId, as, released.id(), 0);
        return new Hold(holdId, hold.customerId(), hold.amountCents(), as, hold.purpose(), hold.reference(),
                hold.placedPostingId(), released.id(), 0L, hold.expiresAt());
    }

    @Override
    public void keepHoldUntil(long holdId, Instant until) {
        holds.keepUntil(holdId, until.atOffset(ZoneOffset.UTC));
    }

    @Override
    public Posting chargeFromHold(String idempotencyKey, long holdId, PostingKind kind, long operatorId,
                                  long amountCents, int operatorSharePercent, String description) {
        Hold hold = lockedHold(holdId);
        if (!hold.isPending()) {
            return ledger.findByKey(idempotencyKey)
                    .filter(p -> hold.closedPostingId() != null && p.id() == hold.closedPostingId())
                    .orElseThrow(() -> new LedgerException(Reason.HOLD_CLOSED,
                            "Hold " + holdId + " was already " + hold.status().name().toLowerCase()));
        }
        if (amountCents <= 0 || amountCents > hold.amountCents()) {
            throw new LedgerException(Reason.INVALID_AMOUNT, "A fee from a hold must be positive and within it");
        }
        Split split = Split.of(amountCents, operatorSharePercent);
        List<TransferLeg> legs = new ArrayList<>();
        AccountRef held = AccountRef.held(hold.customerId());
        addLeg(legs, held, AccountRef.earnings(operatorId), split.operatorCents());
        addLeg(legs, held, AccountRef.platform(AccountKind.PLATFORM_REVENUE), split.platformCents());
        addLeg(legs, held, AccountRef.available(hold.customerId()), hold.amountCents() - amountCents);
        Posting posting = ledger.post(PostingRequest.of(idempotencyKey, kind, hold.reference(), description, legs));
        if (posting.replayed()) {
            throw new LedgerException(Reason.IDEMPOTENCY_CONFLICT, idempotencyKey + " was used for another hold");
        }
        holds.close(holdId, Hold.Status.POSTED, posting.id(), amountCents);
        charges.record(new ChargeRecord(posting.id(), kind, hold.customerId(), operatorId, 0, 0, amountCents,
                split.operatorCents(), split.platformCents(), hold.reference()));
        return posting;
    }

    private Hold lockedHold(long holdId) {
        return holds.lock(holdId).orElseThrow(() -> new LedgerException(Reason.UNKNOWN_HOLD, "No hold " + holdId));
    }

    @Override
    public CallSettlement settleCall(long holdId, CallTerms terms, boolean connected, long billableSeconds,
                                     String callReference) {
        return settleCalls(List.of(new CallToSettle(holdId, terms, connected, billableSeconds, callReference)))
                .get(0);
    }

    @Override
    public List<CallSettlement> settleCalls(List<CallToSettle> calls) {
        if (calls.stream().map(CallToSettle::callReference).distinct().count() != calls.size()) {
            throw new IllegalArgumentException("Each call is settled once in a batch");
        }
        Instant now = Instant.now();
        SettlementRecords.LockedHolds locked = settlements.lockHolds(
                calls.stream().map(CallToSettle::holdId).toList(), now);
        Map<Long, List<FreeMinuteGrant>> freeMinutesLeft = new HashMap<>(locked.freeMinutesByCustomer());
        CallSettlement[] results = new CallSettlement[calls.size()];
        List<Integer> posted = new ArrayList<>();
        List<PostingRequest> requests = new ArrayList<>();
        List<PricedCall> priced = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            CallToSettle call = calls.get(i);
            Hold hold = locked.holds().get(call.holdId());
            if (hold == null) {
                throw new LedgerException(Reason.UNKNOWN_HOLD, "No hold " + call.holdId());
            }
            if (!hold.isPending()) {
                results[i] = replayedSettlement(hold, "call:" + call.callReference());
                continue;
            }
            List<FreeMinuteGrant> grants = freeMinutesLeft.getOrDefault(hold.customerId(), List.of());
            PricedCall price = price(call, hold, grants, now);
            freeMinutesLeft.put(hold.customerId(), FreeMinutes.afterUse(grants, price.freeMinutes()));
            posted.add(i);
            priced.add(price);
            requests.add(price.posting());
        }
        if (requests.isEmpty()) {
            return List.of(results);
        }
        List<Posting> postings = ledger.postAll(requests);
        List<SettlementRecords.CallRecord> records = new ArrayList<>();
        for (int p = 0; p < postings.size(); p++) {
            Posting posting = postings.get(p);
            PricedCall price = priced.get(p);
            if (posting.replayed()) {
                // the key was settled against another hold: this hold's money must not be taken for it
                throw new LedgerException(Reason.IDEMPOTENCY_CONFLICT,
                        "Call " + price.call().callReference() + " was already settled against another hold");
            }
            records.add(price.record(posting.id()));
            results[posted.get(p)] = price.settled(posting.id());
        }
        settlements.recordCalls(records);
        return List.of(results);
    }

    /** One call's charge worked out against its locked hold and free minutes, before anything is written. */
    private record PricedCall(CallToSettle call, Hold hold, CallCharge charge, long charged, Split split,
                              List<FreeMinutes.Allocation> freeMinutes) {

        PostingRequest posting() {
            List<TransferLeg> legs = new ArrayList<>();
            AccountRef held = AccountRef.held(hold.customerId());
            addLeg(legs, held, AccountRef.earnings(call.terms().operatorId()), split.operatorCents());
            addLeg(legs, held, AccountRef.platform(AccountKind.PLATFORM_REVENUE), split.platformCents());
            addLeg(legs, held, AccountRef.available(hold.customerId()), hold.amountCents() - charged);
            String description = call.connected()
                    ? "Call, " + charge.billedMinutes() + " min" + (charge.freeMinutes() > 0
                            ? " (" + charge.freeMinutes() + " free)" : "")
                    : charged > 0 ? "Booked call not answered: the connect fee" : "Call not connected, nothing charged";
            return PostingRequest.of("call:" + call.callReference(), PostingKind.CALL, call.callReference(),
                    description, legs);
        }

        SettlementRecords.CallRecord record(long postingId) {
            Optional<ChargeRecord> chargeRecord = call.connected() || charged > 0
                    ? Optional.of(new ChargeRecord(postingId, PostingKind.CALL, hold.customerId(),
                            call.terms().operatorId(), charge.billedMinutes(), charge.freeMinutes(), charged,
                            split.operatorCents(), split.platformCents(), call.callReference()))
                    : Optional.empty();
            return new SettlementRecords.CallRecord(hold.id(), postingId, charged, freeMinutes, chargeRecord);
        }

        CallSettlement settled(long postingId) {
            return new CallSettlement(hold.id(), postingId, charge, charged, split.operatorCents(),
                    hold.amountCents() - charged, false);
        }
    }

    private PricedCall price(CallToSettle call, Hold hold, List<FreeMinuteGrant> grants, Instant now) {
        CallTerms terms = call.terms();
        int increment = settings.callIncrementMinutes();
        int billed = CallCharge.billedMinutes(call.billableSeconds(), increment);
        List<FreeMinutes.Allocation> allocations = call.connected() && billed > 0
                ? FreeMinutes.allocate(grants, terms.operatorId(), billed, now)
                : List.of();
        CallCharge charge = call.connectFeeOnly() && !call.connected()
                ? CallCharge.connectFeeOnly(terms.connectFeeCents(), terms.operatorSharePercent())
                : CallCharge.of(call.connected(), call.billableSeconds(), increment, FreeMinutes.total(allocations),
                terms.ratePerMinuteCents(), terms.connectFeeCents(), terms.operatorSharePercent());
        // the hold is what the customer could pay; a call that overran it is charged the hold and no more
        long charged = Math.min(charge.totalCents(), hold.amountCents());
        Split split = charged == charge.totalCents() ? charge.split() : Split.of(charged, terms.operatorSharePercent());
        return new PricedCall(call, hold, charge, charged, split, allocations);
    }

    private CallSettlement replayedSettlement(Hold hold, String key) {
        Posting closing = ledger.findByKey(key)
                .filter(p -> hold.closedPostingId() != null && p.id() == hold.closedPostingId())
                .orElseThrow(() -> new LedgerException(Reason.HOLD_CLOSED,
                        "Hold " + hold.id() + " was already " + hold.status().name().toLowerCase()));
        long charged = hold.capturedCents() == null ? 0 : hold.capturedCents();
        CallCharge charge = charges.findByPosting(closing.id())
                .map(c -> new CallCharge(c.billedMinutes(), c.freeMinutes(), c.billedMinutes() - c.freeMinutes(), 0,
                        0, new Split(c.operatorCents(), c.platformCents())))
                .orElse(CallCharge.NOTHING);
        return new CallSettlement(hold.id(), closing.id(), charge, charged, charge.split().operatorCents(),
                hold.amountCents() - charged, true);
    }

    private static void addLeg(List<TransferLeg> legs, AccountRef from, AccountRef to, long cents) {
        if (cents > 0) {
            legs.add(new TransferLeg(from, to, cents));
        }
    }

    @Override
    public Posting charge(String idempotencyKey, PostingKind kind, long customerId, long operatorId, long amountCents,
                          int operatorSharePercent, String reference, String description) {
        if (amountCents <= 0) {
            throw new LedgerException(Reason.INVALID_AMOUNT, "A charge must be positive");
        }
        settings.requireWithinPostingLimit(amountCents);
        spending.requireMaySpend(customerId, amountCents);
        Split split = Split.of(amountCents, operatorSharePercent);
        List<TransferLeg> legs = new ArrayList<>();
        addLeg(legs, AccountRef.available(customerId), AccountRef.earnings(operatorId), split.operatorCents());
        addLeg(legs, AccountRef.available(customerId), AccountRef.platform(AccountKind.PLATFORM_REVENUE),
                split.platformCents());
        Posting posting = ledger.post(PostingRequest.of(idempotencyKey, kind, reference, description, legs));
        if (!posting.replayed()) {
            charges.record(new ChargeRecord(posting.id(), kind, customerId, operatorId, 0, 0, amountCents,
                    split.operatorCents(), split.platformCents(), reference));
        }
        return posting;
    }

    @Override
    public BalanceCheck balanceCheck(long customerId, long operatorId) {
        Operator operator = em.find(Operator.class, operatorId);
        if (operator == null) {
            throw new UnknownEntityException("OPERATOR_NOT_FOUND", "No operator " + operatorId);
        }
        Map<AccountRef, Long> balances = ledger.balances(
                List.of(AccountRef.available(customerId), AccountRef.held(customerId)));
        long available = balances.get(AccountRef.available(customerId));
        List<FreeMinuteGrant> grants = freeMinutes.usable(customerId, operatorId, Instant.now());
        int free = FreeMinutes.available(grants, operatorId, Instant.now());
        TalkTime talkTime = TalkTime.estimate(available, free, operator.getRatePerMinuteCents(),
                operator.getConnectFeeCents());
        boolean canCall = TalkTime.canStartCall(available, free, operator.getRatePerMinuteCents(),
                operator.getConnectFeeCents());
        return new BalanceCheck(available, balances.get(AccountRef.held(customerId)), free,
                operator.getRatePerMinuteCents(), operator.getConnectFeeCents(), talkTime, canCall);
    }
}
