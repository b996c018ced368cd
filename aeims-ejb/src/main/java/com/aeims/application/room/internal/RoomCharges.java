package com.aeims.application.room.internal;

import com.aeims.application.money.BillingService;
import com.aeims.domain.model.ledger.Posting;
import com.aeims.domain.model.ledger.PostingKind;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.room.ChatRoom;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What a room charges its customers (entry fees on joining, minutes as they start), split with the operator like
 * calls, under the room's charge reference so its earnings add up. Runs in the caller's transaction.
 */
@ApplicationScoped
public class RoomCharges {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Inject
    private BillingService billing;

    public Posting charge(String idempotencyKey, ChatRoom room, long customerId, long cents, String description) {
        Operator operator = em.find(Operator.class, room.getOperatorId());
        return billing.charge(idempotencyKey, PostingKind.ROOM, customerId, room.getOperatorId(), cents,
                operator.getOperatorSharePercent(), ChatRoom.chargeReference(room.getId()), description);
    }
}
