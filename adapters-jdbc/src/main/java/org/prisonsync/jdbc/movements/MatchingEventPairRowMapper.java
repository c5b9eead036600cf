package org.prisonsync.jdbc.movements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.prisonsync.core.movements.MatchType;
import org.prisonsync.core.movements.MatchingEventPair;
import org.prisonsync.jdbc.internal.UtcTimestamps;

/** A {@code matching_event_pair} row as the core record, and local times bound without any time-zone shift. */
final class MatchingEventPairRowMapper implements RowMapper<MatchingEventPair> {
    static final String COLUMNS = "id, match_type, noms_number, related_noms_number, domain_reason, domain_time,"
            + " offender_booking_id, offender_reason, offender_time, previous_offender_reason, previous_offender_time,"
            + " previous_offender_direction, created_date, matched, comment";

    @Override
    public MatchingEventPair map(ResultSet rs, StatementContext ctx) throws SQLException {
        long booking = rs.getLong("offender_booking_id");
        Long bookingId = rs.wasNull() ? null : booking;
        return new MatchingEventPair(rs.getLong("id"), MatchType.valueOf(rs.getString("match_type")),
                rs.getString("noms_number"), rs.getString("related_noms_number"), rs.getString("domain_reason"),
                rs.getObject("domain_time", LocalDateTime.class), bookingId, rs.getString("offender_reason"),
                rs.getObject("offender_time", LocalDateTime.class), rs.getString("previous_offender_reason"),
                rs.getObject("previous_offender_time", LocalDateTime.class),
                rs.getString("previous_offender_direction"),
                UtcTimestamps.read(rs.getObject("created_date", LocalDateTime.class)), rs.getBoolean("matched"),
                rs.getString("comment"));
    }

    /** Local times go in as they are: {@code setObject(LocalDateTime)} never consults the JVM's time zone. */
    static Argument local(LocalDateTime time) {
        return (position, statement, context) -> {
            if (time == null) {
                statement.setNull(position, Types.TIMESTAMP);
            } else {
                statement.setObject(position, time);
            }
        };
    }

    static Argument nullableLong(Long value) {
        return (position, statement, context) -> {
            if (value == null) {
                statement.setNull(position, Types.BIGINT);
            } else {
                statement.setLong(position, value);
            }
        };
    }

    static Argument nullableString(String value) {
        return (position, statement, context) -> {
            if (value == null) {
                statement.setNull(position, Types.VARCHAR);
            } else {
                statement.setString(position, value);
            }
        };
    }
}
