package com.aeims.interfaces.web.room;

import com.aeims.application.Refusal;
import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.room.RoomPrice;
import com.aeims.application.room.RoomVisits;
import com.aeims.domain.model.ledger.LedgerException;
import com.aeims.domain.model.room.RoomVisit;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.Money;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/**
 * A room for a customer ({@code /customer/room.xhtml}): join with the PIN unless invited, talk, see what the stay
 * costs, leave.
 */
@Named
@ViewScoped
public class RoomVisitPage extends RoomChatPage {

    @Inject
    private Money money;

    private RoomVisits.Visit visit;
    private String pin;
    // a new key per join: a resubmitted form joins once
    private String visitKey = UUID.randomUUID().toString();

    @Override
    protected void load() {
        room = visits.find(id);
        long me = currentUser.requireId();
        visit = visits.visit(me, id).orElse(null);
        boolean inside = visit != null && visit.present();
        members = inside ? chat.members(me, id) : List.of();
        history = inside ? chat.history(me, id, HISTORY) : List.of();
    }

    @Override
    protected boolean mayShow() {
        return true;
    }

    public void join() {
        try {
            // the price on the page the customer pressed Join on
            RoomVisits.Joined joined = visits.join(currentUser.requireId(), id, pin, visitKey,
                    new RoomPrice(room.entryFeeCents(), room.ratePerMinuteCents()));
            pin = null;
            visitKey = UUID.randomUUID().toString();
            if (!joined.alreadyInside()) {
                FieldMessages.info(faces, "Welcome in. " + money.format(joined.chargedCents())
                        + " charged for entry and the first minute; your balance is "
                        + money.format(joined.balanceRemainingCents()) + ".");
            }
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "join", failure);
        } catch (Refusal refused) {
            if ("WRONG_PIN".equals(refused.code()) || "PIN_LOCKED".equals(refused.code())) {
                FieldMessages.show(faces, "join", ValidationFailure.of(refused.code(), "pin", refused.getMessage()));
            } else {
                FieldMessages.refused(faces, refused, "room");
            }
        } catch (LedgerException | UnknownEntityException refused) {
            FieldMessages.refused(faces, refused, "room's entry fee and first minute");
        }
        load();
    }

    public void leave() {
        visits.leave(currentUser.requireId(), id);
        FieldMessages.info(faces, "You left the room; billing has stopped.");
        load();
    }

    @Override
    public boolean isHost() {
        return false;
    }

    @Override
    public boolean isInside() {
        return visit != null && visit.present();
    }

    public String getLeftReason() {
        return visit == null || visit.present() || visit.leftReason() == null ? null
                : RoomVisit.LeftReason.valueOf(visit.leftReason()).toCustomer();
    }

    public String getLowFundsWarning() { return RoomVisit.LOW_FUNDS_WARNING; }
    public RoomVisits.Visit getVisit() { return visit; }
    public String getPin() { return pin; }
    public void setPin(String pin) { this.pin = pin; }
}
