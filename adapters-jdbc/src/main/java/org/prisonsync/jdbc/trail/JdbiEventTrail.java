package org.prisonsync.jdbc.trail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.prisonsync.core.trail.EventTrail;
import org.prisonsync.core.trail.TrailEntry;
import org.prisonsync.core.trail.TrailQuery;
import org.prisonsync.jdbc.internal.CommitWithoutFlush;
import org.prisonsync.jdbc.internal.FormText;
import org.prisonsync.jdbc.internal.SqlFailures;
import org.prisonsync.jdbc.internal.UtcTimestamps;

/**
 * The trail on {@code event_trail}: a batch is one prepared batch in one transaction (all or none); a query's filters
 * become bound conditions only when given, so each uses its index; the latest rows are read newest first with the
 * limit, then turned round so the answer reads in order.
 */
final class JdbiEventTrail implements EventTrail {
    private static final String COLUMNS = "at, event, domain, prisoner, booking_id, nomis_id, dps_id, outcome, reason,"
            + " properties";
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
        SqlFailures.useHandle(jdbi, "writing the event trail", handle -> handle.useTransaction(tx -> {
            // a diagnostic log: its last batches may be lost with a crashed database, never with our process
            CommitWithoutFlush.apply(tx, postgres);
            PreparedBatch batch = tx.prepareBatch("insert into event_trail (" + COLUMNS + ") values (:at, :event,"
                    + " :domain, :prisoner, :booking, :nomis, :dps, :outcome, :reason, :properties)");
            for (TrailEntry e : entries) {
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
                        .add();
            }
            batch.execute();
        }));
    }

    @Override
    public List<TrailEntry> find(TrailQuery q) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from event_trail where at >= :from and at <= :to");
        if (q.prisoner() != null) {
            sql.append(" and prisoner = :prisoner");
        }
        if (q.bookingId() != null) {
            sql.append(" and booking_id = :booking");
        }
        if (q.entityId() != null) {
            sql.append(" and (nomis_id = :entity or dps_id = :entity)");
        }
        if (q.eventIsPattern()) {
            sql.append(" and event like :event escape '\\'");
        } else if (q.event() != null) {
            sql.append(" and event = :event");
        }
        sql.append(" order by at desc, id desc limit :limit");
        List<TrailEntry> newestFirst = SqlFailures.withHandle(jdbi, "reading the event trail", handle -> {
            Query query = handle.createQuery(sql.toString())
                    .bind("from", UtcTimestamps.bind(q.from()))
                    .bind("to", UtcTimestamps.bind(q.to()))
                    .bind("limit", q.limit());
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
                query.bind("event", q.eventIsPattern() ? q.eventLike() : q.event());
            }
            return query.map((rs, ctx) -> entry(rs)).list();
        });
        List<TrailEntry> inOrder = new ArrayList<>(newestFirst);
        Collections.reverse(inOrder);
        return List.copyOf(inOrder);
    }

    @Override
    public long deleteBefore(Instant cutoff) {
        return SqlFailures.withHandle(jdbi, "forgetting old trail entries", handle -> handle.createUpdate(
                "delete from event_trail where at < :cutoff").bind("cutoff", UtcTimestamps.bind(cutoff)).execute());
    }

    private static TrailEntry entry(ResultSet rs) throws SQLException {
        return new TrailEntry(UtcTimestamps.read(rs.getObject("at", LocalDateTime.class)), rs.getString("event"),
                rs.getString("domain"), rs.getString("prisoner"), rs.getObject("booking_id", Long.class),
                rs.getString("nomis_id"), rs.getString("dps_id"), rs.getString("outcome"), rs.getString("reason"),
                FormText.decode(rs.getString("properties")));
    }
}
