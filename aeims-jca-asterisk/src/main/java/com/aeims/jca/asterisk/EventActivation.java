package com.aeims.jca.asterisk;

import com.aeims.jca.asterisk.api.AmiEvent;
import com.aeims.jca.asterisk.api.AmiEventListener;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One message-driven bean's subscription. Events are queued in lanes keyed by the call's Linkedid, and each lane is
 * drained by at most one {@link Work} at a time: the AMI reader thread only enqueues, while the events of one call
 * still reach the bean one at a time and in Asterisk's order.
 */
final class EventActivation {

    private static final Logger LOG = Logger.getLogger(EventActivation.class.getName());
    private static final int DELIVERY_ATTEMPTS = 3;
    /** The most events one delivery carries, so a huge burst still reaches the bean in bounded pieces. */
    private static final int MOST_PER_DELIVERY = 500;

    private final MessageEndpointFactory endpointFactory;
    private final AmiActivationSpec spec;
    private final Set<String> filter;
    private final WorkManager workManager;
    private final Lane[] lanes;
    private volatile boolean active = true;

    EventActivation(MessageEndpointFactory endpointFactory, AmiActivationSpec spec, WorkManager workManager) {
        this.endpointFactory = endpointFactory;
        this.spec = spec;
        this.filter = spec.eventFilter();
        this.workManager = workManager;
        this.lanes = new Lane[spec.getLanes()];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new Lane();
        }
    }

    /** Called on asterisk-java's reader thread: never blocks. */
    void offer(AmiEvent event) {
        if (!active || !spec.accepts(filter, event)) {
            return;
        }
        Lane lane = lanes[Math.floorMod(laneKey(event).hashCode(), lanes.length)];
        lane.queue.add(event);
        lane.scheduleDrain();
    }

    /** Retries lanes whose drain could not be scheduled (the work manager was saturated). */
    void kick() {
        for (Lane lane : lanes) {
            if (!lane.queue.isEmpty()) {
                lane.scheduleDrain();
            }
        }
    }

    void deactivate() {
        active = false;
        for (Lane lane : lanes) {
            int dropped = lane.queue.size();
            lane.queue.clear();
            if (dropped > 0) {
                LOG.warning(() -> dropped + " AMI events were not delivered: their endpoint was deactivated");
            }
        }
    }

    private static String laneKey(AmiEvent event) {
        for (String field : new String[] {"linkedid", "uniqueid", "destlinkedid", "destuniqueid", "actionid"}) {
            String value = event.get(field);
            if (value != null && !value.isEmpty() && !"<unknown>".equals(value)) {
                return value;
            }
        }
        return event.name();
    }

    private final class Lane implements Work {
        private final Queue<AmiEvent> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean draining = new AtomicBoolean();

        void scheduleDrain() {
            if (draining.compareAndSet(false, true)) {
                try {
                    workManager.scheduleWork(this);
                } catch (WorkException rejected) {
                    draining.set(false);
                    LOG.log(Level.WARNING, "AMI event delivery could not be scheduled; retrying with the next ping",
                            rejected);
                }
            }
        }

        @Override
        public void run() {
            while (true) {
                List<AmiEvent> events;
                while (active && !(events = takeQueued()).isEmpty()) {
                    deliver(events);
                }
                draining.set(false);
                // an event may have been queued after the last poll but before the flag was cleared
                if (!active || queue.isEmpty() || !draining.compareAndSet(false, true)) {
                    return;
                }
            }
        }

        private List<AmiEvent> takeQueued() {
            List<AmiEvent> events = new ArrayList<>();
            AmiEvent event;
            while (events.size() < MOST_PER_DELIVERY && (event = queue.poll()) != null) {
                events.add(event);
            }
            return events;
        }

        private void deliver(List<AmiEvent> events) {
            for (int attempt = 1; attempt <= DELIVERY_ATTEMPTS; attempt++) {
                MessageEndpoint endpoint;
                try {
                    endpoint = endpointFactory.createEndpoint(null);
                } catch (UnavailableException unavailable) {
                    LOG.log(Level.WARNING, "No endpoint for " + events.size() + " AMI events", unavailable);
                    continue;
                }
                try {
                    ((AmiEventListener) endpoint).onAmiEvents(List.copyOf(events));
                    return;
                } catch (RuntimeException failed) {
                    int attemptNo = attempt;
                    LOG.log(Level.WARNING, failed, () -> "Delivering " + events.size() + " AMI events failed (attempt "
                            + attemptNo + " of " + DELIVERY_ATTEMPTS + ")");
                } finally {
                    endpoint.release();
                }
            }
            LOG.severe(() -> "AMI events given up after " + DELIVERY_ATTEMPTS + " attempts: " + events);
        }

        @Override
        public void release() {
            // the drain loop ends on its own when the queue is empty or the activation is gone
        }
    }
}
