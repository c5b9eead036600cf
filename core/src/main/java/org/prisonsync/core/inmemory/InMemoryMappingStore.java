package org.prisonsync.core.inmemory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;

/** Mappings in two maps (by DPS id and by NOMIS id per entity type), guarded by one lock so saves are atomic. */
public final class InMemoryMappingStore implements MappingStore {
    private final Map<String, Mapping> byDps = new HashMap<>();
    private final Map<String, Mapping> byNomis = new HashMap<>();
    private final Clock clock;

    public InMemoryMappingStore(Clock clock) {
        this.clock = clock;
    }

    public InMemoryMappingStore() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized Optional<Mapping> findByDpsId(String entityType, String dpsId) {
        return Optional.ofNullable(byDps.get(key(entityType, dpsId)));
    }

    @Override
    public synchronized Optional<Mapping> findByNomisId(String entityType, String nomisId) {
        return Optional.ofNullable(byNomis.get(key(entityType, nomisId)));
    }

    @Override
    public synchronized MappingSaveResult save(Mapping mapping) {
        Mapping sameDps = byDps.get(key(mapping.entityType(), mapping.dpsId()));
        Mapping sameNomis = byNomis.get(key(mapping.entityType(), mapping.nomisId()));
        if (sameDps != null && sameDps.samePairAs(mapping)) {
            return new MappingSaveResult.AlreadySaved(sameDps);
        }
        Mapping existing = sameNomis != null ? sameNomis : sameDps;
        if (existing != null) {
            return new MappingSaveResult.Conflict(mapping, existing);
        }
        Mapping stored = mapping.createdAt(clock.instant());
        byDps.put(key(mapping.entityType(), mapping.dpsId()), stored);
        byNomis.put(key(mapping.entityType(), mapping.nomisId()), stored);
        return new MappingSaveResult.Saved(stored);
    }

    @Override
    public synchronized boolean deleteByDpsId(String entityType, String dpsId) {
        Mapping removed = byDps.remove(key(entityType, dpsId));
        if (removed != null) {
            byNomis.remove(key(entityType, removed.nomisId()));
        }
        return removed != null;
    }

    @Override
    public synchronized boolean replace(List<Mapping> removed, List<Mapping> added) {
        Set<String> leaving = new HashSet<>();
        for (Mapping mapping : removed) {
            Mapping current = byDps.get(key(mapping.entityType(), mapping.dpsId()));
            if (current != null) {
                leaving.add(key(current.entityType(), current.dpsId()));
            }
        }
        Set<String> dpsKeys = new HashSet<>();
        Set<String> nomisKeys = new HashSet<>();
        for (Mapping mapping : added) {
            Mapping sameDps = byDps.get(key(mapping.entityType(), mapping.dpsId()));
            Mapping sameNomis = byNomis.get(key(mapping.entityType(), mapping.nomisId()));
            boolean taken = (sameDps != null && !leaving.contains(key(sameDps.entityType(), sameDps.dpsId())))
                    || (sameNomis != null && !leaving.contains(key(sameNomis.entityType(), sameNomis.dpsId())));
            if (taken || !dpsKeys.add(key(mapping.entityType(), mapping.dpsId()))
                    || !nomisKeys.add(key(mapping.entityType(), mapping.nomisId()))) {
                return false;
            }
        }
        removed.forEach(mapping -> deleteByDpsId(mapping.entityType(), mapping.dpsId()));
        added.forEach(this::save);
        return true;
    }

    @Override
    public synchronized List<Mapping> findByPrisoner(String entityType, String prisonerNumber) {
        List<Mapping> found = new ArrayList<>();
        byDps.values().stream()
                .filter(m -> m.entityType().equals(entityType) && prisonerNumber.equals(m.prisonerNumber()))
                .forEach(found::add);
        return found;
    }

    @Override
    public synchronized List<Mapping> findWithNomisIdAbove(String entityType, long bound) {
        return above(entityType, bound, Mapping::nomisId);
    }

    @Override
    public synchronized List<Mapping> findWithDpsIdAbove(String entityType, long bound) {
        return above(entityType, bound, Mapping::dpsId);
    }

    private List<Mapping> above(String entityType, long bound, java.util.function.Function<Mapping, String> id) {
        return byDps.values().stream()
                .filter(m -> m.entityType().equals(entityType) && MappingStore.numericIdAbove(id.apply(m), bound))
                .sorted(java.util.Comparator.comparingLong(m -> Long.parseLong(id.apply(m))))
                .toList();
    }

    @Override
    public synchronized long countByLabel(String entityType, String label) {
        return byDps.values().stream()
                .filter(m -> m.entityType().equals(entityType) && label.equals(m.label()))
                .count();
    }

    public synchronized List<Mapping> all() {
        return List.copyOf(byDps.values());
    }

    private static String key(String entityType, String id) {
        return entityType + "|" + id;
    }
}
