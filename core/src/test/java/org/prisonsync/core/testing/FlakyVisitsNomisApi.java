package org.prisonsync.core.testing;

import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.NomisVisitCreated;
import org.prisonsync.core.visits.NomisVisitRequest;
import org.prisonsync.core.visits.VisitsNomisApi;

/**
 * NOMIS whose create responses get lost: a chosen share of creates reach NOMIS (the visit is written) and then throw
 * {@link UpstreamUnavailable}, as a read timeout after a successful POST would. Deterministic by seed. Also counts
 * the create calls, so tests can prove NOMIS was asked once per entity.
 */
public final class FlakyVisitsNomisApi implements VisitsNomisApi {
    private final VisitsNomisApi delegate;
    private final int timeoutPercent;
    private final Random random;
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger createCalls = new AtomicInteger();
    private final AtomicInteger foundExisting = new AtomicInteger();
    private final AtomicInteger timeouts = new AtomicInteger();

    public FlakyVisitsNomisApi(VisitsNomisApi delegate, int timeoutPercent, long seed) {
        if (timeoutPercent < 0 || timeoutPercent > 100) {
            throw new IllegalArgumentException("percent out of range: " + timeoutPercent);
        }
        this.delegate = delegate;
        this.timeoutPercent = timeoutPercent;
        this.random = new Random(seed);
    }

    /** Never fails on its own; use {@link #loseNextCreateResponses} to script failures. */
    public static FlakyVisitsNomisApi reliable(VisitsNomisApi delegate) {
        return new FlakyVisitsNomisApi(delegate, 0, 0);
    }

    /** The next {@code count} creates write NOMIS and then time out, whatever the percentage says. */
    public FlakyVisitsNomisApi loseNextCreateResponses(int count) {
        failNext.set(count);
        return this;
    }

    @Override
    public NomisVisitCreated createVisit(String offenderNo, NomisVisitRequest request) {
        createCalls.incrementAndGet();
        NomisVisitCreated created = delegate.createVisit(offenderNo, request);
        if (created.alreadyExisted()) {
            foundExisting.incrementAndGet();
        }
        if (loseThisResponse()) {
            timeouts.incrementAndGet();
            throw new UpstreamUnavailable("read timed out after POST /prisoners/" + offenderNo + "/visits");
        }
        return created;
    }

    private boolean loseThisResponse() {
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return true;
        }
        synchronized (random) {
            return random.nextInt(100) < timeoutPercent;
        }
    }

    @Override
    public boolean updateVisit(String offenderNo, long visitId, NomisVisitRequest request) {
        return delegate.updateVisit(offenderNo, visitId, request);
    }

    @Override
    public CancelResult cancelVisit(String offenderNo, long visitId, String outcome) {
        return delegate.cancelVisit(offenderNo, visitId, outcome);
    }

    @Override
    public Optional<NomisVisit> findVisit(long visitId) {
        return delegate.findVisit(visitId);
    }

    @Override
    public org.prisonsync.core.visits.VisitsMigrationPage findVisitIds(
            org.prisonsync.core.visits.VisitsMigrationFilter filter, int page, int size) {
        return delegate.findVisitIds(filter, page, size);
    }

    @Override
    public java.util.List<org.prisonsync.core.visits.VisitRoomUsage> roomUsage(
            org.prisonsync.core.visits.VisitsMigrationFilter filter) {
        return delegate.roomUsage(filter);
    }

    @Override
    public Optional<org.prisonsync.core.visits.VisitsMigrationSource> findVisitForMigration(long visitId) {
        return delegate.findVisitForMigration(visitId);
    }

    public int createCalls() {
        return createCalls.get();
    }

    /** Creates NOMIS answered with an existing visit (its 409). */
    public int foundExisting() {
        return foundExisting.get();
    }

    /** Creates whose response was lost. */
    public int timeouts() {
        return timeouts.get();
    }
}
