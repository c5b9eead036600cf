package org.prisonsync.core.testing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;

/** A mapping store whose first {@code k} saves fail as an unreachable mapping service would; reads always work. */
public final class FailingMappingStore implements MappingStore {
    private final MappingStore delegate;
    private final AtomicInteger failuresLeft;
    private final AtomicInteger failed = new AtomicInteger();

    public FailingMappingStore(MappingStore delegate, int failFirstSaves) {
        this.delegate = delegate;
        this.failuresLeft = new AtomicInteger(failFirstSaves);
    }

    @Override
    public MappingSaveResult save(Mapping mapping) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            failed.incrementAndGet();
            throw new UpstreamUnavailable("mapping service unavailable (503)");
        }
        return delegate.save(mapping);
    }

    /** Saves that were made to fail. */
    public int failedSaves() {
        return failed.get();
    }

    @Override
    public Optional<Mapping> findByDpsId(String entityType, String dpsId) {
        return delegate.findByDpsId(entityType, dpsId);
    }

    @Override
    public Optional<Mapping> findByNomisId(String entityType, String nomisId) {
        return delegate.findByNomisId(entityType, nomisId);
    }

    @Override
    public boolean deleteByDpsId(String entityType, String dpsId) {
        return delegate.deleteByDpsId(entityType, dpsId);
    }

    @Override
    public List<Mapping> findByPrisoner(String entityType, String prisonerNumber) {
        return delegate.findByPrisoner(entityType, prisonerNumber);
    }

    @Override
    public long countByLabel(String entityType, String label) {
        return delegate.countByLabel(entityType, label);
    }
}
