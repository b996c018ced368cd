package com.aeims.application.call.internal;

import com.aeims.application.call.CallProgress;
import com.aeims.application.call.Telephony;
import com.aeims.application.call.TelephonyUnavailable;
import com.aeims.domain.model.call.CallEvent;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The second half of starting a call, after the call and its hold are committed: the PBX is asked to dial. A refusal
 * is applied as the customer's leg failing, so the call settles as never connected and its hold goes back.
 */
@Stateless
@LocalBean
public class CallDialer {

    private static final Logger LOG = Logger.getLogger(CallDialer.class.getName());

    @Inject
    private Telephony telephony;

    @Inject
    private CallProgress progress;

    /** Whether the PBX took the call. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean dial(String callRef, String customerNumber, String operatorNumber, int maxSeconds,
                        boolean record) {
        try {
            telephony.originate(callRef, customerNumber, operatorNumber, maxSeconds, record);
            return true;
        } catch (TelephonyUnavailable refused) {
            LOG.log(Level.WARNING, "The PBX refused call " + callRef, refused);
            progress.apply(List.of(new CallEvent(callRef, CallEvent.Type.CUSTOMER_FAILED, Instant.now(), null, null,
                    "PBX_UNAVAILABLE")));
            return false;
        }
    }
}
