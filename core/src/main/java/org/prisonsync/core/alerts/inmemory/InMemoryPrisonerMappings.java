package org.prisonsync.core.alerts.inmemory;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.prisonsync.core.alerts.MappingReplacement;
import org.prisonsync.core.alerts.PrisonerMappings;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;

/**
 * Replaces prisoners' mappings inside an {@link InMemoryMappingStore}. The store's methods lock the store itself,
 * so holding that lock for the whole replacement makes it atomic for every other user of the store.
 */
public final class InMemoryPrisonerMappings implements PrisonerMappings {
    private final InMemoryMappingStore store;

    public InMemoryPrisonerMappings(InMemoryMappingStore store) {
        this.store = store;
    }

    @Override
    public MappingReplacement replace(String entityType, Set<String> prisoners, List<Mapping> mappings) {
        synchronized (store) {
            Set<String> leaving = new HashSet<>();
            for (String prisoner : prisoners) {
                store.findByPrisoner(entityType, prisoner).forEach(m -> leaving.add(m.dpsId()));
            }
            Set<String> newDps = new HashSet<>();
            Set<String> newNomis = new HashSet<>();
            for (Mapping m : mappings) {
                if (!m.entityType().equals(entityType)) {
                    throw new IllegalArgumentException("mapping " + m + " is not of type " + entityType);
                }
                for (Optional<Mapping> inWay : List.of(store.findByNomisId(entityType, m.nomisId()),
                        store.findByDpsId(entityType, m.dpsId()))) {
                    if (inWay.isPresent() && !leaving.contains(inWay.get().dpsId())) {
                        return new MappingReplacement.Conflict(m, inWay.get());
                    }
                }
                if (!newDps.add(m.dpsId()) || !newNomis.add(m.nomisId())) {
                    throw new IllegalArgumentException("the replacement maps an id twice: " + m);
                }
            }
            leaving.forEach(dpsId -> store.deleteByDpsId(entityType, dpsId));
            for (Mapping m : mappings) {
                MappingSaveResult saved = store.save(m);
                if (saved instanceof MappingSaveResult.Conflict conflict) {
                    throw new IllegalStateException("checked above, yet " + conflict);
                }
            }
            return new MappingReplacement.Replaced(leaving.size(), mappings.size());
        }
    }
}
