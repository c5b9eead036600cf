package org.prisonsync.simulator.visits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gentle stream of visit activity for demos: every tick a DPS user books a visit, every fifth tick a DPS user
 * cancels one of the booked visits, every seventh a prison officer cancels a NOMIS visit (if NOMIS has any). Each
 * action raises the events the real systems would, so a running prison-sync has something to do.
 */
public final class VisitTraffic {
    static final String NOMIS_OFFICER = "TRAFFIC_OFFICER";
    private static final Logger log = LoggerFactory.getLogger(VisitTraffic.class);

    private final InMemoryVisitsDpsApi dps;
    private final InMemoryVisitsNomisApi nomis;
    private final DpsVisitFactory factory;
    private final Random random;
    private ScheduledExecutorService executor;
    private Duration interval;
    private long tick;

    VisitTraffic(InMemoryVisitsDpsApi dps, InMemoryVisitsNomisApi nomis, DpsVisitFactory factory, long seed) {
        this.dps = dps;
        this.nomis = nomis;
        this.factory = factory;
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    /** Starts the stream, or restarts it at the new interval. */
    public synchronized void start(Duration every) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + every);
        }
        stop();
        interval = every;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "simulator-visit-traffic");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleAtFixedRate(this::safeTick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
            interval = null;
        }
    }

    public synchronized boolean running() {
        return executor != null;
    }

    /** The current interval, or null when stopped. */
    public synchronized Duration interval() {
        return interval;
    }

    /** Books {@code n} DPS visits now, as DPS users; each publishes {@code prison-visit.booked}. */
    public List<DpsVisit> bookVisits(int n) {
        List<DpsVisit> booked = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            booked.add(bookOne());
        }
        return booked;
    }

    private DpsVisit bookOne() {
        return dps.book(factory.nextVisit(reference -> dps.findVisit(reference).isPresent()));
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            // An uncaught exception would silently cancel the schedule.
            log.warn("visit traffic tick failed: {}", e.toString());
        }
    }

    private void tick() {
        long n;
        synchronized (this) {
            n = ++tick;
        }
        bookOne();
        if (n % 5 == 0) {
            List<DpsVisit> booked = dps.all().stream().filter(v -> !v.cancelled()).toList();
            if (!booked.isEmpty()) {
                dps.cancel(pick(booked).reference(), "VISITOR_CANCELLED");
            }
        }
        if (n % 7 == 0) {
            List<NomisVisit> open = nomis.all().stream().filter(v -> !v.cancelled()).toList();
            if (!open.isEmpty()) {
                nomis.cancelByNomisUser(pick(open).visitId(), "VISCANC", NOMIS_OFFICER);
            }
        }
    }

    private <T> T pick(List<T> items) {
        synchronized (random) {
            return items.get(random.nextInt(items.size()));
        }
    }
}
