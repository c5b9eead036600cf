package org.prisonsync.jdbc.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.jdbc.Database;

/**
 * The mapping store on the {@code mapping} table. A save inserts and lets the database's two unique keys decide;
 * on a violation it looks the existing row up, as the mapping service does before answering 409. Every statement
 * runs on its own auto-committed handle, so a failed insert can never poison the lookup's transaction on PostgreSQL.
 *
 * <p>Saves from concurrent consumers are group-committed ({@link GroupCommit}): the saves queued while another batch
 * commits go in together, one transaction and one flushed commit for all of them. A batch that any unique key refuses
 * is rolled back whole and each of its mappings saved alone, which tells saved, already saved and conflicting apart
 * as a lone save does (ADR 0011).
 */
public final class JdbiMappingStore implements MappingStore {
    private static final MappingRowMapper ROWS = new MappingRowMapper();
    /** One retry covers the row that was deleted between our unique violation and our lookup. */
    private static final int INSERT_ATTEMPTS = 2;
    private static final String INSERT = "insert into mapping (" + MappingRowMapper.COLUMNS + ") values"
            + " (:entityType, :nomisId, :dpsId, :prisonerNumber, :mappingType, :label, :whenCreated)";

    /** Two: a batch forms while the other waits for its commit. */
    private static final int LEADERS = 2;
    private static final int MAX_BATCH = 64;
    /** Inserts in one order, so that two batches over the same keys wait for each other rather than deadlock. */
    private static final Comparator<Mapping> INSERT_ORDER = Comparator.comparing(Mapping::entityType)
            .thenComparing(Mapping::dpsId);

    private final Jdbi jdbi;
    private final Clock clock;
    private final GroupCommit<Mapping, MappingSaveResult> saving;
    private final GroupCommit<Lookup, Optional<Mapping>> looking;

    /** One consumer's lookup of a mapping by one of its ids. */
    private record Lookup(IdColumn column, String entityType, String id) {
        /** The lookups of one batch that one query answers. */
        record Group(IdColumn column, String entityType) {
        }

        Group group() {
            return new Group(column, entityType);
        }
    }

    private enum IdColumn {
        NOMIS("nomis_id", Mapping::nomisId), DPS("dps_id", Mapping::dpsId);

        final String name;
        final Function<Mapping, String> of;

        IdColumn(String name, Function<Mapping, String> of) {
            this.name = name;
            this.of = of;
        }
    }

    public JdbiMappingStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.saving = new GroupCommit<>(LEADERS, MAX_BATCH, this::saveBatch, SqlFailures::isConnectionFailure);
        this.looking = new GroupCommit<>(LEADERS, MAX_BATCH, this::lookUpBatch, SqlFailures::isConnectionFailure);
    }

    /**
     * Lookups from concurrent consumers are answered together too: one query per entity type and id column for all
     * those queued while another batch ran. A batch's query starts after each of its callers called, so it sees every
     * mapping committed before the call — which the re-check under a write claim relies on.
     */
    @Override
    public Optional<Mapping> findByDpsId(String entityType, String dpsId) {
        return looking.submit(new Lookup(IdColumn.DPS, entityType, dpsId));
    }

    @Override
    public Optional<Mapping> findByNomisId(String entityType, String nomisId) {
        return looking.submit(new Lookup(IdColumn.NOMIS, entityType, nomisId));
    }

    private List<Optional<Mapping>> lookUpBatch(List<Lookup> lookups) {
        if (lookups.size() == 1) {
            Lookup only = lookups.get(0);
            return List.of(findOne(only.column(), only.entityType(), only.id()));
        }
        Map<Lookup.Group, Map<String, Mapping>> found = new HashMap<>();
        Map<Lookup.Group, Set<String>> asked = new LinkedHashMap<>();
        lookups.forEach(l -> asked.computeIfAbsent(l.group(), g -> new LinkedHashSet<>()).add(l.id()));
        SqlFailures.useHandle(jdbi, "finding mappings", handle -> asked.forEach((group, ids) -> {
            Map<String, Mapping> byId = new HashMap<>();
            handle.createQuery("select " + MappingRowMapper.COLUMNS + " from mapping where entity_type = :entityType"
                            + " and " + group.column().name + " in (<ids>)")
                    .bind("entityType", group.entityType())
                    .bindList("ids", List.copyOf(ids))
                    .map(ROWS)
                    .forEach(m -> byId.put(group.column().of.apply(m), m));
            found.put(group, byId);
        }));
        return lookups.stream()
                .map(l -> Optional.ofNullable(found.get(l.group()).get(l.id())))
                .toList();
    }

    @Override
    public MappingSaveResult save(Mapping mapping) {
        return saving.submit(mapping);
    }

    /**
     * A group commit's batch: all inserted in one transaction, or — if any is refused, or the database fails — an
     * exception, after which {@link GroupCommit} saves each alone (or fails every caller when the database is away).
     */
    private List<MappingSaveResult> saveBatch(List<Mapping> mappings) {
        if (mappings.size() == 1) {
            return List.of(saveAlone(mappings.get(0)));
        }
        try {
            return insertAll(mappings);
        } catch (JdbiException e) {
            throw SqlFailures.unavailable("saving mappings", e);
        }
    }

    private MappingSaveResult saveAlone(Mapping mapping) {
        Mapping stored = mapping.createdAt(UtcTimestamps.storable(clock.instant()));
        for (int attempt = 1; attempt <= INSERT_ATTEMPTS; attempt++) {
            if (insert(stored)) {
                return new MappingSaveResult.Saved(stored);
            }
            Optional<Mapping> existing = findOne(IdColumn.NOMIS, mapping.entityType(), mapping.nomisId())
                    .or(() -> findOne(IdColumn.DPS, mapping.entityType(), mapping.dpsId()));
            if (existing.isPresent()) {
                return existing.get().samePairAs(mapping)
                        ? new MappingSaveResult.AlreadySaved(existing.get())
                        : new MappingSaveResult.Conflict(mapping, existing.get());
            }
        }
        throw new UpstreamUnavailable("mapping " + mapping.entityType() + " " + mapping.nomisId() + "/"
                + mapping.dpsId() + " kept colliding with a row that then vanished");
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
                                Function<Mapping, String> id) {
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
                .sorted(Comparator.comparingLong(m -> Long.parseLong(id.apply(m))))
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
        if (mappings.size() >= 2) {
            try {
                return insertAll(mappings);
            } catch (JdbiException e) {
                // fall through: one by one
            }
        }
        List<MappingSaveResult> results = new ArrayList<>(mappings.size());
        for (Mapping mapping : mappings) {
            results.add(saveAlone(mapping));
        }
        return results;
    }

    /** Inserts every mapping in one transaction, stamped now, or none (throwing). */
    private List<MappingSaveResult> insertAll(List<Mapping> mappings) {
        Instant now = UtcTimestamps.storable(clock.instant());
        List<Mapping> stored = mappings.stream().map(m -> m.createdAt(now)).toList();
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch(INSERT);
            for (Mapping mapping : stored.stream().sorted(INSERT_ORDER).toList()) {
                bindRow(batch, mapping).add();
            }
            batch.execute();
        });
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

    private Optional<Mapping> findOne(IdColumn column, String entityType, String id) {
        return SqlFailures.withHandle(jdbi, "finding a mapping", handle -> handle.createQuery(
                        "select " + MappingRowMapper.COLUMNS + " from mapping where entity_type = :entityType and "
                                + column.name + " = :id")
                .bind("entityType", entityType)
                .bind("id", id)
                .map(ROWS)
                .findOne());
    }
}
