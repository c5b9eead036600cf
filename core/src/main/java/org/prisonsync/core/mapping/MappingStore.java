package org.prisonsync.core.mapping;

import java.util.List;
import java.util.Optional;

/**
 * The NOMIS⇄DPS id mappings of every domain.
 *
 * <p>Contract: a pair is unique per entity type on the NOMIS side and on the DPS side. {@link #save} is idempotent
 * for an identical pair ({@code AlreadySaved}) and returns {@code Conflict} with the existing row when either side is
 * taken; it never throws for a conflict. Lookups return empty when absent. Failures of the store itself throw
 * {@link org.prisonsync.core.UpstreamUnavailable} and are retryable.
 */
public interface MappingStore {

    Optional<Mapping> findByDpsId(String entityType, String dpsId);

    Optional<Mapping> findByNomisId(String entityType, String nomisId);

    MappingSaveResult save(Mapping mapping);

    /** Removes the mapping of that DPS id; false if there was none. */
    boolean deleteByDpsId(String entityType, String dpsId);

    List<Mapping> findByPrisoner(String entityType, String prisonerNumber);

    /** How many mappings of that type carry the label (a migration's migrated count). */
    long countByLabel(String entityType, String label);
}
