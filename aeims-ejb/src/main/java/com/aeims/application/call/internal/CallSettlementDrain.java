package com.aeims.application.call.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Settles calls that are over, many in one transaction. Woken when a transaction that made a call due commits (and
 * by the call watchdog, for calls a restart left due), it settles the due calls in batches until none is left: one
 * call alone when the platform is quiet, hundreds together in a burst of hang-ups. Four lanes run side by side on a
 * server, each taking the calls of its share of ids, so some prepare their batches while another posts to the
 * ledger; every batch locks calls, operators, holds and accounts in the same order, so lanes wait for each other but
 * never deadlock. In a cluster each batch locks its calls, so a call is settled by one server, once. A call whose settlement fails
 * even alone is tried again a minute later, so it does not fail every batch in the meantime.
 */
@ApplicationScoped
public class CallSettlementDrain {

    private static final Logger LOG = Logger.getLogger(CallSettlementDrain.class.getName());
    private static final int BATCH = 200;
    private static final int LANES = 4;
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private CallSettler settler;

    private final List<Lane> lanes = IntStream.range(0, LANES).mapToObj(Lane::new).toList();

    /** A call is over and not settled; fired in the transaction that ended it, heard once that commits. */
    public record CallOver(String callRef) {
    }

    void callOver(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallOver over) {
        wake();
    }

    public void wake() {
        lanes.forEach(Lane::wake);
    }

    /** Settles the due calls whose id divided by the number of lanes leaves this lane's number. */
    private final class Lane {
        private final int share;
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicBoolean wanted = new AtomicBoolean();

        Lane(int share) {
            this.share = share;
        }

        void wake() {
            wanted.set(true);
            if (running.compareAndSet(false, true)) {
                try {
                    executor.execute(this::drain);
                } catch (RejectedExecutionException shuttingDown) {
                    running.set(false);
                    LOG.fine("Settlement not started: the server is stopping; the calls stay due");
                }
            }
        }

        private void drain() {
            try {
                while (wanted.getAndSet(false)) {
                    int settled;
                    do {
                        settled = settleNextBatch();
                    } while (settled == BATCH);
                }
            } finally {
                running.set(false);
            }
            // woken between the last look and the end of this drain
            if (wanted.get()) {
                wake();
            }
        }

        private int settleNextBatch() {
            List<Long> due = settler.due(BATCH, share, LANES);
            if (due.isEmpty()) {
                return 0;
            }
            try {
                return settler.settle(due);
            } catch (RuntimeException batchFailed) {
                LOG.log(Level.WARNING, "Settling " + due.size() + " calls together failed; settling each alone",
                        batchFailed);
                int settled = 0;
                for (Long call : due) {
                    try {
                        settled += settler.settle(List.of(call));
                    } catch (RuntimeException failed) {
                        LOG.log(Level.SEVERE, "Call " + call + " could not be settled; it is tried again in "
                                + RETRY_AFTER.toMinutes() + " minute(s)", failed);
                        postpone(call);
                    }
                }
                return settled;
            }
        }
    }

    private void postpone(long call) {
        try {
            settler.postpone(call, RETRY_AFTER);
        } catch (RuntimeException failed) {
            // still due: the next drain takes it first again, and fails over to one call at a time again
            LOG.log(Level.WARNING, "Could not postpone the settlement of call " + call, failed);
        }
    }
}
