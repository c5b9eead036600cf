package org.prisonsync.core.mapping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * {@link #save} the mapping, then release the write claim under which its target was written, whatever the save
     * answered (saved, already saved or a conflict: in each case a mapping now holds the entity). A save that throws
     * releases nothing. A failed release alone is not reported ({@link ClaimRelease#quietly}).
     *
     * <p>This default makes two calls; a store that keeps the claims in its own database may make both changes in one
     * statement — the everyday create's last round trip instead of two transactions. Either way the mapping is
     * committed no later than the claim's release, so a consumer that finds the claim gone finds the mapping.
     */
    default MappingSaveResult saveReleasing(Mapping mapping, WriteClaims claims, ClaimKey claim) {
        MappingSaveResult result = save(mapping);
        ClaimRelease.quietly(claims, claim);
        return result;
    }

    /**
     * What a create does before it writes the target: unless {@code id} is mapped already, claim {@code key}, and
     * once claimed look again — the claim's previous holder may have saved the mapping (and released the claim) after
     * the first look. {@code Mapped} leaves no claim held; otherwise the claim's answer, {@code HeldElsewhere}
     * included (then not looked up again).
     *
     * <p>This default makes three calls (look, claim, look again). A store that keeps the claims in its own database
     * may answer the usual case — nobody mapped or claimed it — in one round trip, provided the second look is a
     * statement of its own, started after the claim's insert finished: within the insert's own snapshot it could miss
     * a mapping that the previous holder committed, with its release, while the insert waited on that release.
     */
    default CreateClaim claimUnlessMapped(MappedId id, WriteClaims claims, ClaimKey key, String owner, Instant now,
                                          Duration lease) {
        if (id.findIn(this).isPresent()) {
            return CreateClaim.MAPPED;
        }
        return CreateClaim.lookAgainUnder(claims.claim(key, owner, now, lease), id, this, claims, key);
    }

    /** Removes the mapping of that DPS id; false if there was none. */
    boolean deleteByDpsId(String entityType, String dpsId);

    List<Mapping> findByPrisoner(String entityType, String prisonerNumber);

    /**
     * The mappings of that type whose NOMIS id is a decimal number above {@code bound} (ids that are not plain
     * numbers, such as composite keys, are never above), in ascending NOMIS id order: what a preprod refresh prune
     * deletes when NOMIS's highest id is {@code bound}.
     */
    List<Mapping> findWithNomisIdAbove(String entityType, long bound);

    /** As {@link #findWithNomisIdAbove}, on the DPS id, in ascending DPS id order. */
    List<Mapping> findWithDpsIdAbove(String entityType, long bound);

    /**
     * True when {@code id} is a decimal number above {@code bound}: plain ASCII digits without a leading zero (as
     * {@link Long#toString} writes a positive id) that fit in 64 bits.
     */
    static boolean numericIdAbove(String id, long bound) {
        if (id.isEmpty() || id.length() > 19 || id.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        try {
            return Long.parseLong(id) > bound;
        } catch (NumberFormatException tooBig) {
            return false;
        }
    }

    /** How many mappings of that type carry the label (a migration's migrated count). */
    long countByLabel(String entityType, String label);

    /**
     * Saves several mappings, with one result per mapping in the same order, each as {@link #save} would answer.
     * A store may write them in one transaction (a bulk migration commits a batch at a time, not a row at a time);
     * on a failure of the store nothing or only some may be saved, and saving them again is safe.
     */
    default List<MappingSaveResult> saveAll(List<Mapping> mappings) {
        List<MappingSaveResult> results = new ArrayList<>(mappings.size());
        for (Mapping mapping : mappings) {
            results.add(save(mapping));
        }
        return results;
    }

    /**
     * Removes {@code removed} (each by its entity type and DPS id) and saves {@code added}, as one change: a mapping
     * re-pointed (its prisoner merged away, its booking moved, a copy made the note's own pair) is never missing in
     * between, whatever stops the process. True when done; false, with nothing changed, when an added mapping's key
     * is held by a mapping not being removed.
     */
    boolean replace(List<Mapping> removed, List<Mapping> added);

    /** Which of these NOMIS ids of that type are mapped already (one lookup for a whole migration batch). */
    default Set<String> findMappedNomisIds(String entityType, Collection<String> nomisIds) {
        Set<String> mapped = new HashSet<>();
        for (String id : nomisIds) {
            if (findByNomisId(entityType, id).isPresent()) {
                mapped.add(id);
            }
        }
        return mapped;
    }
}
