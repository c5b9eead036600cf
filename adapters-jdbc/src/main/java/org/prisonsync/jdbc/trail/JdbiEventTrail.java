package org.prisonsync.jdbc.trail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.prisonsync.core.trail.EventTrail;
import org.prisonsync.core.trail.NewestEntries;
import org.prisonsync.core.trail.NewestEntries.Stored;
import org.prisonsync.core.trail.TrailEntry;
import org.prisonsync.core.trail.TrailGroup;
import org.prisonsync.core.trail.TrailQuery;
import org.prisonsync.jdbc.internal.CommitWithoutFlush;
import org.prisonsync.jdbc.internal.FormText;
import org.prisonsync.jdbc.internal.SqlFailures;
import org.prisonsync.jdbc.internal.UtcTimestamps;

/**
 * The trail on {@code event_trail}: a batch is one prepared batch in one transaction (all or none), a sync's steps
 * packed into its outcome's row ({@link TrailGroup}, V9). A query reads rows newest first a page at a time through
 * {@link NewestEntries}, its filters bound as conditions only when given, so each uses its index: the ids are the
 * row's own, the event is the row's or one of its steps' ({@link PackedSteps#nameLike}), and the window holds a row
 * whose latest time is no earlier than its start and whose earliest is no later than its end.
 */
final class JdbiEventTrail implements EventTrail {
    private static final String COLUMNS = "at, event, domain, prisoner, booking_id, nomis_id, dps_id, outcome, reason,"
            + " properties, first_at, step_count, steps";
    private final Jdbi jdbi;
    private final boolean postgres;

    JdbiEventTrail(Jdbi jdbi, boolean postgres) {
        this.jdbi = jdbi;
        this.postgres = postgres;
    }

    @Override
    public void append(List<TrailEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<TrailGroup> groups = TrailGroup.of(entries);
        SqlFailures.useHandle(jdbi, "writing the event trail", handle -> handle.useTransaction(tx -> {
            // a diagnostic log: its last batches may be lost with a crashed database, never with our process
            CommitWithoutFlush.apply(tx, postgres);
            PreparedBatch batch = tx.prepareBatch("insert into event_trail (" + COLUMNS + ") values (:at, :event,"
                    + " :domain, :prisoner, :booking, :nomis, :dps, :outcome, :reason, :properties, :firstAt,"
                    + " :stepCount, :steps)");
            for (TrailGroup group : groups) {
                TrailEntry e = group.last();
                boolean packed = !group.steps().isEmpty();
                batch.bind("at", UtcTimestamps.bind(e.at()))
                        .bind("event", e.event())
                        .bind("domain", e.domain())
                        .bind("prisoner", e.prisoner())
                        .bind("booking", e.bookingId())
                        .bind("nomis", e.nomisId())
                        .bind("dps", e.dpsId())
                        .bind("outcome", e.outcome())
                        .bind("reason", e.reason())
                        .bind("properties", FormText.encode(e.properties()))
                        .bind("firstAt", UtcTimestamps.bindNullable(packed ? group.firstAt() : null))
                        .bind("stepCount", group.steps().size())
                        .bind("steps", PackedSteps.encode(group.steps()))
                        .add();
            }
            batch.execute();
        }));
    }

    @Override
    public List<TrailEntry> find(TrailQuery q) {
        return SqlFailures.withHandle(jdbi, "reading the event trail",
                handle -> NewestEntries.find(q, (query, after, size) -> page(handle, query, after, size)));
    }

    private static List<Stored> page(Handle handle, TrailQuery q, Stored after, int size) {
        StringBuilder sql = new StringBuilder("select id, " + COLUMNS + " from event_trail"
                + " where at >= :from and at <= :latest and coalesce(first_at, at) <= :to");
        if (q.prisoner() != null) {
            sql.append(" and prisoner = :prisoner");
        }
        if (q.bookingId() != null) {
            sql.append(" and booking_id = :booking");
        }
        if (q.entityId() != null) {
            sql.append(" and (nomis_id = :entity or dps_id = :entity)");
        }
        if (q.event() != null) {
            sql.append(q.eventIsPattern() ? " and (event like :event escape '" + TrailQuery.LIKE_ESCAPE + "'"
                    : " and (event = :event").append(" or steps like :step escape '" + TrailQuery.LIKE_ESCAPE + "')");
        }
        if (after != null) {
            sql.append(" and (at < :afterAt or at = :afterAt and id < :afterId)");
        }
        sql.append(" order by at desc, id desc limit :size");
        Query query = handle.createQuery(sql.toString())
                .bind("from", UtcTimestamps.bind(q.from()))
                .bind("latest", UtcTimestamps.bind(latestRowTime(q.to())))
                .bind("to", UtcTimestamps.bind(q.to()))
                .bind("size", size);
        if (q.prisoner() != null) {
            query.bind("prisoner", q.prisoner());
        }
        if (q.bookingId() != null) {
            query.bind("booking", q.bookingId());
        }
        if (q.entityId() != null) {
            query.bind("entity", q.entityId());
        }
        if (q.event() != null) {
            query.bind("event", q.eventIsPattern() ? q.eventLike() : q.event())
                    .bind("step", PackedSteps.nameLike(q.eventLike()));
        }
        if (after != null) {
            query.bind("afterAt", UtcTimestamps.bind(after.group().at())).bind("afterId", after.id());
        }
        return query.map((rs, ctx) -> new Stored(rs.getLong("id"), group(rs))).list();
    }

    /** A row whose steps reach into the window ends at most {@link TrailGroup#MAX_SPAN} after it. */
    private static Instant latestRowTime(Instant to) {
        return to.isAfter(Instant.MAX.minus(TrailGroup.MAX_SPAN)) ? to : to.plus(TrailGroup.MAX_SPAN);
    }

    @Override
    public long deleteBefore(Instant cutoff) {
        return SqlFailures.withHandle(jdbi, "forgetting old trail entries", handle -> handle.inTransaction(tx -> {
            long entries = tx.createQuery("select coalesce(sum(1 + step_count), 0) from event_trail where at < :cutoff")
                    .bind("cutoff", UtcTimestamps.bind(cutoff)).mapTo(Long.class).one();
            tx.createUpdate("delete from event_trail where at < :cutoff").bind("cutoff", UtcTimestamps.bind(cutoff))
                    .execute();
            return entries;
        }));
    }

    private static TrailGroup group(ResultSet rs) throws SQLException {
        TrailEntry last = new TrailEntry(UtcTimestamps.read(rs.getObject("at", LocalDateTime.class)),
                rs.getString("event"), rs.getString("domain"), rs.getString("prisoner"),
                rs.getObject("booking_id", Long.class), rs.getString("nomis_id"), rs.getString("dps_id"),
                rs.getString("outcome"), rs.getString("reason"), FormText.decode(rs.getString("properties")));
        return new TrailGroup(last, PackedSteps.decode(rs.getString("steps")));
    }
}
