package org.prisonsync.jdbc.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.alerts.MappingReplacement;
import org.prisonsync.core.alerts.PrisonerMappings;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.jdbc.internal.ConflictRetry;
import org.prisonsync.jdbc.internal.JdbiMappingStore;
import org.prisonsync.jdbc.internal.MappingRowMapper;
import org.prisonsync.jdbc.internal.SqlFailures;
import org.prisonsync.jdbc.internal.UtcTimestamps;

/**
 * Replaces prisoners' rows of the {@code mapping} table in one READ COMMITTED transaction: lock the prisoners (in name
 * order, so two replacements never wait for each other crosswise), delete their rows of the entity type, insert the
 * new ones. Locking comes first so that a second replacement of the same prisoner deletes what the first inserted
 * rather than a snapshot from before it. PostgreSQL takes a transaction advisory lock per prisoner; H2 merges the
 * prisoner's {@code mapping_prisoner_lock} row. A unique key refusing a new row rolls everything back; the row in the
 * way is then looked up on fresh connections, since a PostgreSQL transaction accepts no statement after a failed one.
 * A plain {@link MappingStore#save} of one of these prisoners is not locked out: like the mapping service, the
 * replacement is atomic against other replacements, and all-or-nothing against everything.
 */
final class JdbiPrisonerMappings implements PrisonerMappings {
    /** The first key of prison-sync's per-prisoner mapping locks ("MAPP" in ASCII), apart from any other use. */
    private static final int ADVISORY_NAMESPACE = 0x4d415050;
    private static final String INSERT = "insert into mapping (" + MappingRowMapper.COLUMNS + ") values"
            + " (:entityType, :nomisId, :dpsId, :prisonerNumber, :mappingType, :label, :whenCreated)";

    /** Thrown inside the transaction to roll it back: a unique key refused {@code mapping}. */
    private static final class Collision extends RuntimeException {
        private final transient Mapping mapping;

        Collision(Mapping mapping) {
            super(null, null, false, false);
            this.mapping = mapping;
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final boolean postgres;
    private final MappingStore lookups;

    JdbiPrisonerMappings(Jdbi jdbi, Clock clock, boolean postgres) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.postgres = postgres;
        this.lookups = new JdbiMappingStore(jdbi, clock);
    }

    @Override
    public MappingReplacement replace(String entityType, Set<String> prisoners, List<Mapping> mappings) {
        requireConsistent(entityType, mappings);
        List<String> lockOrder = List.copyOf(new TreeSet<>(prisoners));
        for (int attempt = 1; attempt <= ConflictRetry.ATTEMPTS; attempt++) {
            Mapping refused;
            try {
                int removed = jdbi.inTransaction(handle -> replaceOnce(handle, entityType, lockOrder, mappings));
                return new MappingReplacement.Replaced(removed, mappings.size());
            } catch (Collision collision) {
                refused = collision.mapping;
            } catch (JdbiException e) {
                if (attempt == ConflictRetry.ATTEMPTS || !ConflictRetry.isRetryable(e)) {
                    throw SqlFailures.unavailable("replacing prisoners' mappings", e);
                }
                ConflictRetry.pause(attempt, "replacing prisoners' mappings");
                continue;
            }
            Optional<Mapping> inTheWay = staying(lookups.findByNomisId(entityType, refused.nomisId()), prisoners)
                    .or(() -> staying(lookups.findByDpsId(entityType, refused.dpsId()), prisoners));
            if (inTheWay.isPresent()) {
                return new MappingReplacement.Conflict(refused, inTheWay.get());
            }
            // the row in the way went between the rollback and the lookup: the replacement may fit now
        }
        throw new UpstreamUnavailable("replacing the " + entityType + " mappings of " + prisoners
                + " kept colliding with rows that then vanished");
    }

    /** The number of rows removed; throws {@link Collision} if a new row is refused. */
    private int replaceOnce(Handle handle, String entityType, List<String> prisoners, List<Mapping> mappings) {
        for (String prisoner : prisoners) {
            lock(handle, entityType, prisoner);
        }
        int removed = prisoners.isEmpty() ? 0 : handle.createUpdate(
                        "delete from mapping where entity_type = :entityType and prisoner_number in (<prisoners>)")
                .bind("entityType", entityType)
                .bindList("prisoners", prisoners)
                .execute();
        Instant now = UtcTimestamps.storable(clock.instant());
        for (Mapping mapping : mappings) {
            insert(handle, mapping, now);
        }
        return removed;
    }

    private void lock(Handle handle, String entityType, String prisoner) {
        if (postgres) {
            handle.createQuery("select pg_advisory_xact_lock(" + ADVISORY_NAMESPACE + ", hashtext(:key)) is null")
                    .bind("key", entityType + ":" + prisoner)
                    .mapTo(Boolean.class)
                    .one();
        } else {
            handle.createUpdate("merge into mapping_prisoner_lock (entity_type, prisoner_number)"
                            + " key (entity_type, prisoner_number) values (:entityType, :prisoner)")
                    .bind("entityType", entityType)
                    .bind("prisoner", prisoner)
                    .execute();
        }
    }

    /** Throws {@link Collision} with the caller's {@code mapping} if a unique key refuses it. */
    private static void insert(Handle handle, Mapping mapping, Instant now) {
        try {
            handle.createUpdate(INSERT)
                    .bind("entityType", mapping.entityType())
                    .bind("nomisId", mapping.nomisId())
                    .bind("dpsId", mapping.dpsId())
                    .bind("prisonerNumber", mapping.prisonerNumber())
                    .bind("mappingType", mapping.mappingType())
                    .bind("label", mapping.label())
                    .bind("whenCreated", UtcTimestamps.bind(now))
                    .execute();
        } catch (JdbiException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw new Collision(mapping);
            }
            throw e;
        }
    }

    /** A row that the replacement would have removed cannot have been in the way. */
    private static Optional<Mapping> staying(Optional<Mapping> row, Set<String> prisoners) {
        return row.filter(m -> m.prisonerNumber() == null || !prisoners.contains(m.prisonerNumber()));
    }

    /** As the in-memory store: a caller's mistake, not a conflict, so it is refused before touching the database. */
    private static void requireConsistent(String entityType, List<Mapping> mappings) {
        Set<String> dpsIds = new HashSet<>();
        Set<String> nomisIds = new HashSet<>();
        for (Mapping m : mappings) {
            if (!m.entityType().equals(entityType)) {
                throw new IllegalArgumentException("mapping " + m + " is not of type " + entityType);
            }
            if (!dpsIds.add(m.dpsId()) || !nomisIds.add(m.nomisId())) {
                throw new IllegalArgumentException("the replacement maps an id twice: " + m);
            }
        }
    }
}
