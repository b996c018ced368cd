package com.aeims.infrastructure.twilio;

import com.aeims.application.number.NumberProvider;
import com.aeims.domain.model.number.NumberType;
import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.availablephonenumbercountry.Local;
import com.twilio.rest.api.v2010.account.availablephonenumbercountry.LocalReader;
import com.twilio.rest.api.v2010.account.availablephonenumbercountry.TollFree;
import com.twilio.rest.api.v2010.account.availablephonenumbercountry.TollFreeReader;
import com.twilio.type.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * Operators' numbers through Twilio's phone-number API: {@code AvailablePhoneNumbers} to search,
 * {@code IncomingPhoneNumbers} to buy (attached to the platform's Elastic SIP Trunk, so calls arrive at the Asterisk
 * as SIP), list and release. Each number is bought with the friendly name {@code <tag>-number-<id>}, which is how a
 * purchase whose answer was lost is found again.
 */
@ApplicationScoped
public class TwilioNumberProvider implements NumberProvider {

    private static final String NUMBER_ID = "-number-";

    @Inject
    private TwilioSettings settings;

    @Inject
    private TwilioClients clients;

    @Override
    public boolean isConfigured() {
        return clients.isConfigured() && !settings.trunkSid().isBlank();
    }

    @Override
    public List<Offered> search(Search search, int limit) {
        return call(() -> search.type() == NumberType.TOLL_FREE ? tollFree(search, limit) : local(search, limit));
    }

    private List<Offered> local(Search search, int limit) {
        LocalReader reader = Local.reader(settings.numberCountry()).setVoiceEnabled(true).setPageSize((long) limit);
        if (search.areaCode() != null) {
            reader.setAreaCode(search.areaCode());
        }
        if (!blank(search.contains())) {
            reader.setContains(search.contains().strip());
        }
        if (!blank(search.locality())) {
            reader.setInLocality(search.locality().strip());
        }
        return first(reader.read(clients.client()), limit).stream()
                .map(n -> new Offered(n.getPhoneNumber().toString(), NumberType.LOCAL, n.getLocality(), n.getRegion()))
                .toList();
    }

    private List<Offered> tollFree(Search search, int limit) {
        TollFreeReader reader = TollFree.reader(settings.numberCountry()).setVoiceEnabled(true)
                .setPageSize((long) limit);
        if (search.areaCode() != null) {
            reader.setAreaCode(search.areaCode());
        }
        if (!blank(search.contains())) {
            reader.setContains(search.contains().strip());
        }
        return first(reader.read(clients.client()), limit).stream()
                .map(n -> new Offered(n.getPhoneNumber().toString(), NumberType.TOLL_FREE, n.getLocality(),
                        n.getRegion()))
                .toList();
    }

    @Override
    public Held buy(String phoneNumber, long numberId) {
        return call(() -> held(IncomingPhoneNumber.creator(new PhoneNumber(phoneNumber))
                .setTrunkSid(settings.trunkSid())
                .setFriendlyName(settings.numberTag() + NUMBER_ID + numberId)
                .create(clients.client())));
    }

    @Override
    public Optional<Held> find(String phoneNumber) {
        return call(() -> first(IncomingPhoneNumber.reader().setPhoneNumber(new PhoneNumber(phoneNumber))
                .read(clients.client()), 1).stream().findFirst().map(this::held));
    }

    @Override
    public List<Held> boughtForOperators() {
        return call(() -> StreamSupport.stream(IncomingPhoneNumber.reader().setPageSize(1000L)
                        .read(clients.client()).spliterator(), false)
                .map(this::held).filter(held -> held.numberId().isPresent()).toList());
    }

    @Override
    public void release(String sid) {
        call(() -> {
            try {
                IncomingPhoneNumber.deleter(sid).delete(clients.client());
            } catch (ApiException e) {
                if (e.getStatusCode() == null || e.getStatusCode() != 404) {
                    throw e;
                }
                // not in the account: given back already
            }
            return null;
        });
    }

    private Held held(IncomingPhoneNumber number) {
        return new Held(number.getSid(), number.getPhoneNumber().toString(), numberId(number.getFriendlyName()));
    }

    /** The operator's number id in a friendly name this deployment wrote; empty for any other name. */
    OptionalLong numberId(String friendlyName) {
        String prefix = settings.numberTag() + NUMBER_ID;
        if (friendlyName == null || !friendlyName.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(friendlyName.substring(prefix.length())));
        } catch (NumberFormatException notOurs) {
            return OptionalLong.empty();
        }
    }

    private static <T extends com.twilio.base.Resource> List<T> first(ResourceSet<T> set, int limit) {
        List<T> items = new ArrayList<>();
        set.setAutoPaging(false);
        for (T item : set) {
            if (items.size() == limit) {
                break;
            }
            items.add(item);
        }
        return items;
    }

    /** Twilio's refusals (4xx but too many requests) are the provider saying no; anything else leaves it unknown. */
    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            if (status != null && status >= 400 && status < 500 && status != 429) {
                throw new Refused(e.getMessage() + (e.getCode() == null ? "" : " (Twilio " + e.getCode() + ")"), e);
            }
            throw new Unavailable("Twilio answered " + status + ": " + e.getMessage(), e);
        } catch (TwilioException e) {
            throw new Unavailable("Twilio could not be reached: " + e.getMessage(), e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
