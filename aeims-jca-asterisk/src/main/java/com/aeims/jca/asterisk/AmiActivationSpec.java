package com.aeims.jca.asterisk;

import com.aeims.jca.asterisk.api.AmiEvent;
import com.aeims.jca.asterisk.api.AmiEventListener;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How a message-driven bean subscribes to AMI events: which event names it wants, in how many ordered lanes. */
@Activation(messageListeners = AmiEventListener.class)
public class AmiActivationSpec implements ActivationSpec {

    static final String ALL_EVENTS = "*";

    @ConfigProperty(defaultValue = ALL_EVENTS,
            description = "Comma-separated AMI event names to deliver (e.g. Hangup,BridgeEnter), or * for all")
    private String eventTypes = ALL_EVENTS;

    @ConfigProperty(defaultValue = "4", description = "Parallel delivery lanes; events of one Linkedid stay in one lane, in order")
    private Integer lanes = 4;

    private ResourceAdapter resourceAdapter;

    @Override
    public void validate() throws InvalidPropertyException {
        if (eventTypes == null || eventTypes.isBlank()) {
            throw new InvalidPropertyException("eventTypes must list AMI event names or be *");
        }
        if (lanes == null || lanes < 1 || lanes > 64) {
            throw new InvalidPropertyException("lanes must be between 1 and 64, was " + lanes);
        }
    }

    /** The filter as a set of lower-case names; empty means every event. */
    Set<String> eventFilter() {
        if (ALL_EVENTS.equals(eventTypes.strip())) {
            return Set.of();
        }
        return Arrays.stream(eventTypes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    boolean accepts(Set<String> filter, AmiEvent event) {
        return filter.isEmpty() || filter.contains(event.name().toLowerCase(Locale.ROOT));
    }

    public String getEventTypes() { return eventTypes; }
    public void setEventTypes(String eventTypes) { this.eventTypes = eventTypes; }
    public Integer getLanes() { return lanes; }
    public void setLanes(Integer lanes) { this.lanes = lanes; }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) throws ResourceException {
        this.resourceAdapter = resourceAdapter;
    }
}
