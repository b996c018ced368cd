package com.aeims.application.number;

import com.aeims.domain.model.number.NumberType;
import java.util.List;
import java.util.Optional;

/**
 * Where operators' numbers come from (Twilio's phone-number API): what is on offer, buying one routed to the
 * platform's telephony, finding what the platform's account holds, and giving one back.
 */
public interface NumberProvider {

    /** What a search asks for; blank fields do not narrow it. */
    record Search(NumberType type, Integer areaCode, String contains, String locality) {
    }

    record Offered(String phoneNumber, NumberType type, String locality, String region)
            implements java.io.Serializable {
    }

    /**
     * A number the platform's account holds, and the id of the operator's number it was bought for (empty when this
     * deployment did not buy it: the platform's own numbers, another deployment's).
     */
    record Held(String sid, String phoneNumber, java.util.OptionalLong numberId) {
    }

    /** The provider said no (the number is gone, the request is not allowed); nothing was bought. */
    class Refused extends RuntimeException {

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The provider could not be reached or did not say what happened: whatever was asked may or may not be done. */
    class Unavailable extends RuntimeException {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Whether the provider's account and the platform's trunk are configured, so numbers can be bought. */
    boolean isConfigured();

    List<Offered> search(Search search, int limit);

    /**
     * Buys the number, routed to the platform's telephony, tagged with the operator's number id so it can be found
     * again without its sid.
     *
     * @throws Refused when the provider refuses it
     * @throws Unavailable when it is not known whether the provider bought it
     */
    Held buy(String phoneNumber, long numberId);

    /** The number as the platform's account holds it, if it does. */
    Optional<Held> find(String phoneNumber);

    /** Every number in the platform's account that this deployment bought for an operator. */
    List<Held> boughtForOperators();

    /**
     * Gives the number back; one the provider does not hold (already given back) is fine.
     *
     * @throws Unavailable when it is not known whether it was given back
     */
    void release(String sid);
}
