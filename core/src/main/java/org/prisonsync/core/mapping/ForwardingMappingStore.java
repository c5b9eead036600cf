package org.prisonsync.core.mapping;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Base for decorators that change how mappings are saved (fault injection, metrics): every read and delete goes
 * straight to the delegate, {@link #save} is the subclass's, and {@link #saveAll} keeps the port's default so each
 * save of a batch passes through the decorator too.
 */
public abstract class ForwardingMappingStore implements MappingStore {
    protected final MappingStore delegate;

    protected ForwardingMappingStore(MappingStore delegate) {
        this.delegate = delegate;
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
    public boolean replace(List<Mapping> removed, List<Mapping> added) {
        return delegate.replace(removed, added);
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
    public List<Mapping> findWithNomisIdAbove(String entityType, long bound) {
        return delegate.findWithNomisIdAbove(entityType, bound);
    }

    @Override
    public List<Mapping> findWithDpsIdAbove(String entityType, long bound) {
        return delegate.findWithDpsIdAbove(entityType, bound);
    }

    @Override
    public long countByLabel(String entityType, String label) {
        return delegate.countByLabel(entityType, label);
    }

    @Override
    public Set<String> findMappedNomisIds(String entityType, Collection<String> nomisIds) {
        return delegate.findMappedNomisIds(entityType, nomisIds);
    }
}
