package org.prisonsync.jdbc.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.CreateClaim;
import org.prisonsync.core.mapping.MappedId;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.jdbc.Database;

/**
 * The mapping store on the {@code mapping} table. A save inserts and lets the database's two unique keys decide;
 * on a violation it looks the existing row up, as the mapping service does before answering 409. Every statement
 * runs on its own auto-committed handle, so a failed insert can never poison the lookup's transaction on PostgreSQL.
 */
public final class JdbiMappingStore implements MappingStore {
    private static final MappingRowMapper ROWS = new MappingRowMapper();
    /** One retry covers the row that was deleted between our unique violation and our lookup. */
    private static final int INSERT_ATTEMPTS = 2;
    private static final String INSERT = "insert into mapping (" + MappingRowMapper.COLUMNS + ") values"
            + " (:entityType, :nomisId, :dpsId, :prisonerNumber, :mappingType, :label, :whenCreated)";

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiMappingStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Optional<Mapping> findByDpsId(String entityType, String dpsId) {
        return findOne("where entity_type = :entityType and dps_id = :id", entityType, dpsId);
    }

    @Override
    public Optional<Mapping> findByNomisId(String entityType, String nomisId) {
        return findOne("where entity_type = :entityType and nomis_id = :id", entityType, nomisId);
    }

    @Override
    public MappingSaveResult save(Mapping mapping) {
        Mapping stored = mapping.createdAt(UtcTimestamps.storable(clock.instant()));
        for (int attempt = 1; attempt <= INSERT_ATTEMPTS; attempt++) {
            if (insert(stored)) {
                return new MappingSaveResult.Saved(stored);
            }
            Optional<Mapping> existing = findByNomisId(mapping.entityType(), mapping.nomisId())
                    .or(() -> findByDpsId(mapping.entityType(), mapping.dpsId()));
            if (existing.isPresent()) {
                return existing.get().samePairAs(mapping)
                        ? new MappingSaveResult.AlreadySaved(existing.get())
                        : new MappingSaveResult.Conflict(mapping, existing.get());
            }
        }
        throw new UpstreamUnavailable("mapping " + mapping.entityType() + " " + mapping.nomisId() + "/"
                + mapping.dpsId() + " kept colliding with a row that then vanished");
    }

    /**
     * When the claims live in this store's database, the mapping's insert and the claim's release are one change: on
     * PostgreSQL one statement (the release a data-modifying {@code WITH} of the insert) — one round trip and one
     * flushed commit, where an insert and a release took two transactions and four round trips — and on H2 one
     * transaction. If a unique key refuses the mapping, the statement changed nothing, and the save and release are
     * made one after the other as the port's default makes them, which tells the existing row apart by lookups.
     */
    @Override
    public MappingSaveResult saveReleasing(Mapping mapping, WriteClaims claims, ClaimKey claim) {
        if (!(claims instanceof JdbiWriteClaims local) || !local.keptIn(jdbi)) {
            return MappingStore.super.saveReleasing(mapping, claims, claim);
        }
        Mapping stored = mapping.createdAt(UtcTimestamps.storable(clock.instant()));
        try {
            if (local.onPostgres()) {
                jdbi.useHandle(handle -> JdbiWriteClaims.bindRelease(bindRow(handle.createUpdate(
                        "with released as (" + JdbiWriteClaims.RELEASE + ") " + INSERT), stored), claim).execute());
            } else {
                jdbi.useTransaction(handle -> {
                    bindRow(handle.createUpdate(INSERT), stored).execute();
                    JdbiWriteClaims.bindRelease(handle.createUpdate(JdbiWriteClaims.RELEASE), claim).execute();
                });
            }
            return new MappingSaveResult.Saved(stored);
        } catch (JdbiException e) {
            if (!SqlFailures.isUniqueViolation(e)) {
                throw SqlFailures.unavailable("saving a mapping", e);
            }
        }
        return MappingStore.super.saveReleasing(mapping, claims, claim);
    }

    /**
     * On PostgreSQL, with the claims in this database, the usual case is one round trip: two statements sent
     * together, run in one implicit transaction — the claim's insert unless the entity is mapped (or already claimed),
     * then the lookup, which in READ COMMITTED takes a snapshot of its own after the insert, so it sees a mapping the
     * claim's previous holder committed with its release while the insert waited (one statement could not). Only
     * when a claim was there already (live, lapsed or abandoned) does the port's way follow, which tells them apart.
     */
    @Override
    public CreateClaim claimUnlessMapped(MappedId id, WriteClaims claims, ClaimKey key, String owner, Instant now,
                                         Duration lease) {
        if (!(claims instanceof JdbiWriteClaims local) || !local.keptIn(jdbi) || !local.onPostgres()) {
            return MappingStore.super.claimUnlessMapped(id, claims, key, owner, now, lease);
        }
        FirstLook first;
        try {
            first = jdbi.withHandle(handle -> FirstLook.take(handle.getConnection(), id, key, owner, now.plus(lease)));
        } catch (SQLException | JdbiException e) {
            throw new UpstreamUnavailable("database failed while claiming a create", e);
        }
        if (first.mapped()) {
            if (first.claimed()) {
                claims.complete(key);
            }
            return CreateClaim.MAPPED;
        }
        if (first.claimed()) {
            return new CreateClaim.Claimed(new ClaimResult.Fresh());
        }
        return CreateClaim.lookAgainUnder(claims.claim(key, owner, now, lease), id, this, claims, key);
    }

    @Override
    public boolean deleteByDpsId(String entityType, String dpsId) {
        return SqlFailures.withHandle(jdbi, "deleting a mapping", handle -> handle.createUpdate(
                        "delete from mapping where entity_type = :entityType and dps_id = :dpsId")
                .bind("entityType", entityType)
                .bind("dpsId", dpsId)
                .execute()) > 0;
    }

    /** One transaction: the deletes and inserts commit together, or a unique violation rolls them all back. */
    @Override
    public boolean replace(List<Mapping> removed, List<Mapping> added) {
        Instant now = UtcTimestamps.storable(clock.instant());
        try {
            jdbi.useTransaction(handle -> {
                for (Mapping mapping : removed) {
                    handle.createUpdate("delete from mapping where entity_type = :entityType and dps_id = :dpsId")
                            .bind("entityType", mapping.entityType())
                            .bind("dpsId", mapping.dpsId())
                            .execute();
                }
                for (Mapping mapping : added) {
                    bindRow(handle.createUpdate(INSERT), mapping.createdAt(now)).execute();
                }
            });
            return true;
        } catch (JdbiException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                return false;
            }
            throw SqlFailures.unavailable("replacing mappings", e);
        }
    }

    @Override
    public List<Mapping> findByPrisoner(String entityType, String prisonerNumber) {
        return SqlFailures.withHandle(jdbi, "finding a prisoner's mappings", handle -> handle.createQuery(
                        "select " + MappingRowMapper.COLUMNS + " from mapping"
                                + " where entity_type = :entityType and prisoner_number = :prisoner"
                                + " order by when_created, dps_id")
                .bind("entityType", entityType)
                .bind("prisoner", prisonerNumber)
                .map(ROWS)
                .list());
    }

    @Override
    public List<Mapping> findWithNomisIdAbove(String entityType, long bound) {
        return above(entityType, "nomis_id", bound, Mapping::nomisId);
    }

    @Override
    public List<Mapping> findWithDpsIdAbove(String entityType, long bound) {
        return above(entityType, "dps_id", bound, Mapping::dpsId);
    }

    /**
     * Ids are text, so "above" is asked as a longer id, or one as long and greater (digits compare alike in every
     * collation); the SQL narrows by that, and the exact test (plain digits, numerically above) is made on the rows.
     */
    private List<Mapping> above(String entityType, String column, long bound,
                                java.util.function.Function<Mapping, String> id) {
        String text = Long.toString(Math.max(bound, 0));
        List<Mapping> rows = SqlFailures.withHandle(jdbi, "finding mappings above an id", handle -> handle.createQuery(
                        "select " + MappingRowMapper.COLUMNS + " from mapping where entity_type = :entityType and ("
                                + "length(" + column + ") > :length or (length(" + column + ") = :length and "
                                + column + " > :bound))")
                .bind("entityType", entityType)
                .bind("length", text.length())
                .bind("bound", text)
                .map(ROWS)
                .list());
        return rows.stream().filter(m -> MappingStore.numericIdAbove(id.apply(m), bound))
                .sorted(java.util.Comparator.comparingLong(m -> Long.parseLong(id.apply(m))))
                .toList();
    }

    @Override
    public long countByLabel(String entityType, String label) {
        return SqlFailures.withHandle(jdbi, "counting mappings by label", handle -> handle.createQuery(
                        "select count(*) from mapping where entity_type = :entityType and label = :label")
                .bind("entityType", entityType)
                .bind("label", label)
                .mapTo(Long.class)
                .one());
    }

    /**
     * One transaction, one JDBC batch: a migration commits ten mappings at the cost of one (a commit, not the insert,
     * is what PostgreSQL makes wait). If the batch fails — a pair already taken, or the database — it was rolled back
     * whole, and the mappings are saved one by one, which tells each conflict apart and throws if the database is
     * really down.
     */
    @Override
    public List<MappingSaveResult> saveAll(List<Mapping> mappings) {
        if (mappings.size() < 2) {
            return MappingStore.super.saveAll(mappings);
        }
        Instant now = UtcTimestamps.storable(clock.instant());
        List<Mapping> stored = mappings.stream().map(m -> m.createdAt(now)).toList();
        try {
            jdbi.useTransaction(handle -> {
                PreparedBatch batch = handle.prepareBatch(INSERT);
                for (Mapping mapping : stored) {
                    bindRow(batch, mapping).add();
                }
                batch.execute();
            });
        } catch (JdbiException e) {
            return MappingStore.super.saveAll(mappings);
        }
        return stored.stream().<MappingSaveResult>map(MappingSaveResult.Saved::new).toList();
    }

    /** One query for the ids of a whole migration message (plans are made per execution: see {@link Database}). */
    @Override
    public Set<String> findMappedNomisIds(String entityType, Collection<String> nomisIds) {
        if (nomisIds.isEmpty()) {
            return Set.of();
        }
        return SqlFailures.withHandle(jdbi, "finding mapped NOMIS ids",
                handle -> new HashSet<>(handle.createQuery("select nomis_id from mapping"
                        + " where entity_type = :entityType and nomis_id in (<ids>)")
                .bind("entityType", entityType)
                .bindList("ids", List.copyOf(nomisIds))
                .mapTo(String.class)
                .list()));
    }

    private static <S extends SqlStatement<S>> S bindRow(S statement, Mapping mapping) {
        return statement.bind("entityType", mapping.entityType())
                .bind("nomisId", mapping.nomisId())
                .bind("dpsId", mapping.dpsId())
                .bind("prisonerNumber", mapping.prisonerNumber())
                .bind("mappingType", mapping.mappingType())
                .bind("label", mapping.label())
                .bind("whenCreated", UtcTimestamps.bind(mapping.whenCreated()));
    }

    /** True if inserted; false if a unique key is already taken. */
    private boolean insert(Mapping mapping) {
        return SqlFailures.insertUnlessTaken(jdbi, "saving a mapping",
                handle -> bindRow(handle.createUpdate(INSERT), mapping).execute());
    }

    private Optional<Mapping> findOne(String where, String entityType, String id) {
        return SqlFailures.withHandle(jdbi, "finding a mapping", handle -> handle.createQuery(
                        "select " + MappingRowMapper.COLUMNS + " from mapping " + where)
                .bind("entityType", entityType)
                .bind("id", id)
                .map(ROWS)
                .findOne());
    }
}
