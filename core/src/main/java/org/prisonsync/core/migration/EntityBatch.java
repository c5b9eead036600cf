package org.prisonsync.core.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prisonsync.core.PrisonSyncException;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entities of one {@code MIGRATE_ENTITY}, written to DPS under write claims like the sync's creates, so that
 * copies of one message delivered at once write each entity once:
 * <ol>
 *   <li>ids already mapped are skipped (one lookup for the message);</li>
 *   <li>the rest are claimed by NOMIS id in one call; an id another consumer holds is left to it (retried after its
 *       lease); the mappings are looked at again under the claims, since a claim just completed elsewhere may have
 *       saved one between the look and the claim;</li>
 *   <li>each is written to DPS — a resumed claim first looks the entity up in DPS by its natural key, since the
 *       attempt before may have written it — and no write starts in the second half of the lease;</li>
 *   <li>mappings are committed every {@link #MAPPINGS_PER_COMMIT}; a saved mapping's claim is completed with the next
 *       message's claims ({@link ClaimReleases}), a failed write abandons it (the next attempt resumes at once), a
 *       queued mapping retry keeps it until that retry.</li>
 * </ol>
 */
final class EntityBatch {
    private static final Logger log = LoggerFactory.getLogger(EntityBatch.class);
    static final String ALREADY_MIGRATED = "Mapping already exists - must have already been migrated";
    /**
     * Mappings are committed at least every this many entities of a message: a process killed between an entity's
     * DPS write and its mapping's commit leaves it to be found in DPS by the resumed claim, so this bounds that
     * window whatever the message size, while the queue's cost is still shared by all the message's entities.
     */
    static final int MAPPINGS_PER_COMMIT = 10;
    /** The claim key of a migrated entity; a DPS reference or uuid never starts so, so the sync's keys cannot clash. */
    static final String CLAIM_PREFIX = "nomis-";

    /** How one id ended. */
    enum Kind { MIGRATED, SKIPPED, HELD, FAILED }

    /** The result of one id; {@code heldBy}/{@code heldUntil} for HELD, {@code reason}/{@code permanent} for FAILED. */
    record Result(Kind kind, String reason, boolean permanent, String heldBy, Instant heldUntil) {
        static final Result MIGRATED = new Result(Kind.MIGRATED, null, false, null, null);
        static final Result SKIPPED = new Result(Kind.SKIPPED, null, false, null, null);

        static Result failed(String reason, boolean permanent) {
            return new Result(Kind.FAILED, reason, permanent, null, null);
        }

        static Result held(String owner, Instant until) {
            return new Result(Kind.HELD, "another consumer is migrating it (claimed by " + owner + ")", false, owner,
                    until);
        }
    }

    private final MigrationPorts ports;
    private final Duration lease;
    private final MigrationMappingSaves saves;
    private final MigrationType<?> type;
    private final MigrationContext context;
    private final String owner;
    private final ClaimReleases releases;
    private final Map<String, Result> results = new LinkedHashMap<>();
    /** Claims to complete at the end of this message (nothing was written under them). */
    private final List<ClaimKey> finished = new ArrayList<>();
    /** Claims of saved mappings: completed with the next message's claims. */
    private final List<ClaimKey> mapped = new ArrayList<>();

    EntityBatch(MigrationPorts ports, Duration lease, MigrationMappingSaves saves, ClaimReleases releases,
                MigrationType<?> type, MigrationContext context, String owner) {
        this.ports = ports;
        this.lease = lease;
        this.saves = saves;
        this.releases = releases;
        this.type = type;
        this.context = context;
        this.owner = owner;
    }

    static ClaimKey claimKey(MigrationType<?> type, String nomisId) {
        return new ClaimKey(type.entityType(), CLAIM_PREFIX + nomisId);
    }

    /** Migrates the ids; the results are in the ids' order. */
    Map<String, Result> run(List<String> ids) {
        Set<String> mapped = ports.mappings().findMappedNomisIds(type.entityType(), ids);
        List<String> todo = new ArrayList<>();
        for (String id : ids) {
            if (mapped.contains(id)) {
                skipped(id);
            } else {
                todo.add(id);
            }
        }
        if (!todo.isEmpty()) {
            claimAndWrite(todo);
        }
        Map<String, Result> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, results.get(id)));
        return ordered;
    }

    private void claimAndWrite(List<String> todo) {
        Instant claimedAt = ports.clock().instant();
        List<ClaimResult> claims = ports.claims().completeAndClaimAll(releases.take(),
                todo.stream().map(id -> claimKey(type, id)).toList(), owner, claimedAt, lease);
        List<String> claimed = new ArrayList<>();
        Set<String> resumed = new HashSet<>();
        for (int i = 0; i < todo.size(); i++) {
            String id = todo.get(i);
            if (claims.get(i) instanceof ClaimResult.HeldElsewhere held) {
                results.put(id, Result.held(held.owner(), held.until()));
                continue;
            }
            claimed.add(id);
            if (claims.get(i) instanceof ClaimResult.Resumed) {
                resumed.add(id);
            }
        }
        Set<String> mappedMeanwhile = claimed.isEmpty() ? Set.of()
                : ports.mappings().findMappedNomisIds(type.entityType(), claimed);
        // A write that starts this late could outlast the lease and meet a resumed attempt writing the same entity.
        Instant lastWriteStart = claimedAt.plus(lease.dividedBy(2));
        List<String> writtenIds = new ArrayList<>();
        List<MigrationMappingSaves.Pending> written = new ArrayList<>();
        try {
            for (String id : claimed) {
                if (mappedMeanwhile.contains(id)) {
                    skipped(id);
                    finished.add(claimKey(type, id));
                } else if (!ports.clock().instant().isBefore(lastWriteStart)) {
                    abandon(id);
                    results.put(id, Result.failed("its write claim ran short before it was written: left for a retry",
                            false));
                } else {
                    MigrationMappingSaves.Pending pending = write(id, resumed.contains(id));
                    if (pending != null) {
                        writtenIds.add(id);
                        written.add(pending);
                    }
                }
                if (written.size() == MAPPINGS_PER_COMMIT) {
                    save(writtenIds, written);
                }
            }
            save(writtenIds, written);
        } finally {
            // an id left without a result met an exception (the store or the queue went away) mid-message
            claimed.stream().filter(id -> !results.containsKey(id)).forEach(this::abandon);
            completeQuietly();
        }
    }

    private void skipped(String id) {
        results.put(id, Result.SKIPPED);
        ports.telemetry().track(type.telemetryName() + "-migration-entity-ignored",
                PageFanOut.props(context, "nomisId", id, "reason", ALREADY_MIGRATED));
    }

    /** Reads the entity from NOMIS and writes it to DPS; null (with the result recorded) if that failed. */
    private MigrationMappingSaves.Pending write(String id, boolean resumed) {
        EntityWrite write;
        try {
            write = resumed
                    ? type.migrateResumed(id, context.migrationId(),
                            dpsId -> ports.mappings().findByDpsId(type.entityType(), dpsId).isPresent())
                    : type.migrate(id, context.migrationId());
        } catch (PrisonSyncException e) {
            write = new EntityWrite.Failed(type.telemetryName() + "-migration-entity-failed", Map.of(),
                    String.valueOf(e.getMessage()), false);
        } catch (RuntimeException e) {
            log.error("migrating {} {} failed unexpectedly", type.name(), id, e);
            write = new EntityWrite.Failed(type.telemetryName() + "-migration-entity-failed", Map.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
        if (write instanceof EntityWrite.Failed failed) {
            Map<String, String> props = PageFanOut.props(context, "nomisId", id, "reason", failed.reason());
            props.putAll(failed.telemetry());
            ports.telemetry().track(failed.event(), props);
            if (failed.permanent()) {
                finished.add(claimKey(type, id)); // nothing was written and nothing ever will be
            } else {
                abandon(id); // DPS may or may not have it: the next attempt resumes and looks first
            }
            results.put(id, Result.failed(failed.reason(), failed.permanent()));
            return null;
        }
        EntityWrite.Written written = (EntityWrite.Written) write;
        Mapping mapping = new Mapping(type.entityType(), id, written.dpsId(), written.prisonerNumber(),
                MappingTypes.MIGRATED, context.migrationId(), null);
        Map<String, String> props = PageFanOut.props(context);
        props.putAll(written.telemetry());
        props.put("resumed", Boolean.toString(resumed));
        for (String duplicate : written.duplicateDpsIds()) {
            Map<String, String> dup = new LinkedHashMap<>(props);
            dup.put("nomisId", id);
            dup.put("dpsId", written.dpsId());
            dup.put("duplicateDpsId", duplicate);
            ports.telemetry().track(type.telemetryName() + "-migration-entity-duplicate", dup);
        }
        return new MigrationMappingSaves.Pending(mapping, props);
    }

    private void save(List<String> ids, List<MigrationMappingSaves.Pending> written) {
        if (written.isEmpty()) {
            return;
        }
        List<MigrationMappingSaves.Saved> saved = saves.saveAll(type, context, written);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            switch (saved.get(i)) {
                case SAVED -> {
                    results.put(id, Result.MIGRATED);
                    mapped.add(claimKey(type, id));
                }
                // the claim stays until the retry saves the mapping, so no other attempt writes DPS meanwhile
                case RETRY_QUEUED -> results.put(id, Result.MIGRATED);
                case LOST -> {
                    abandon(id);
                    results.put(id, Result.failed("mapping save failed and its retry could not be queued", false));
                }
            }
        }
        ids.clear();
        written.clear();
    }

    private void abandon(String id) {
        try {
            ports.claims().abandon(claimKey(type, id), owner, ports.clock().instant());
        } catch (RuntimeException e) {
            // the lease runs out instead; the retry waits for it
            log.warn("could not abandon the claim on {} {}: {}", type.name(), id, e.getMessage());
        }
    }

    private void completeQuietly() {
        releases.later(mapped);
        if (finished.isEmpty()) {
            return;
        }
        try {
            ports.claims().completeAll(finished);
        } catch (RuntimeException e) {
            // they lapse with their lease; nothing was written under them
            log.warn("could not complete {} claim(s): {}", finished.size(), e.getMessage());
        }
    }
}
