package org.prisonsync.jdbc;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.Query;
import org.prisonsync.core.movements.Counterpart;
import org.prisonsync.core.movements.Half;
import org.prisonsync.core.movements.MatchAttempt;
import org.prisonsync.core.movements.MatchingEventPair;
import org.prisonsync.core.movements.MovementReasons;

/**
 * One query for a {@link MatchAttempt}: the prisoner's rows that are either an acceptable counterpart (the
 * {@link Counterpart} rule in SQL) or already carry the arriving half (a redelivery). Values are always bound.
 */
final class MatchingEventPairCriteria {
    private final MatchAttempt attempt;
    private final String sql;
    private final List<String> excluded;

    MatchingEventPairCriteria(MatchAttempt attempt) {
        this.attempt = attempt;
        this.excluded = List.copyOf(attempt.counterpart().excludedReasons());
        this.sql = "select " + MatchingEventPairRowMapper.COLUMNS + " from matching_event_pair"
                + " where noms_number = :prisoner and match_type = :matchType"
                + " and ((" + counterpart() + ") or (" + sameHalf() + ")) order by id";
    }

    Query bind(Query query) {
        MatchingEventPair half = attempt.half();
        query.bind("prisoner", half.prisonerNumber())
                .bind("matchType", half.matchType().name())
                .bind("after", UtcTimestamps.bind(attempt.createdAfter()));
        Counterpart counterpart = attempt.counterpart();
        if (counterpart.requiredReason() != null) {
            query.bind("required", counterpart.requiredReason());
        }
        for (int i = 0; i < excluded.size(); i++) {
            query.bind("excluded" + i, excluded.get(i));
        }
        if (counterpart.requiresHospitalPrevious()) {
            query.bind("out", MovementReasons.OUT).bind("hospital", MovementReasons.HOSPITAL);
        }
        if (half.presentHalf() == Half.DOMAIN) {
            bindIfSet(query, "sameReason", half.domainReason());
            query.bind("sameTime", MatchingEventPairRowMapper.local(half.domainTime()));
        } else {
            bindIfSet(query, "sameReason", half.offenderReason());
            query.bind("sameTime", MatchingEventPairRowMapper.local(half.offenderTime()));
            if (half.bookingId() != null) {
                query.bind("sameBooking", half.bookingId());
            }
        }
        return query;
    }

    String sql() {
        return sql;
    }

    private String counterpart() {
        Counterpart counterpart = attempt.counterpart();
        boolean lacksOffender = counterpart.missing() == Half.OFFENDER;
        String reason = lacksOffender ? "domain_reason" : "offender_reason";
        List<String> rules = new ArrayList<>();
        rules.add("matched = false");
        rules.add("created_date > :after");
        rules.add(lacksOffender ? "offender_time is null" : "domain_time is null");
        if (counterpart.requiredReason() != null) {
            rules.add(reason + " = :required");
        }
        if (!excluded.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < excluded.size(); i++) {
                names.add(":excluded" + i);
            }
            rules.add("(" + reason + " is null or " + reason + " not in (" + String.join(", ", names) + "))");
        }
        if (counterpart.requiresHospitalPrevious()) {
            rules.add("previous_offender_direction = :out and previous_offender_reason = :hospital");
        }
        return String.join(" and ", rules);
    }

    /** Null values are compared with {@code is null}: PostgreSQL cannot type a bare null parameter. */
    private String sameHalf() {
        MatchingEventPair half = attempt.half();
        if (half.presentHalf() == Half.DOMAIN) {
            return equalOrNull("domain_reason", "sameReason", half.domainReason()) + " and domain_time = :sameTime";
        }
        return equalOrNull("offender_reason", "sameReason", half.offenderReason())
                + " and offender_time = :sameTime"
                + " and " + equalOrNull("offender_booking_id", "sameBooking", half.bookingId());
    }

    private static String equalOrNull(String column, String parameter, Object value) {
        return value == null ? column + " is null" : column + " = :" + parameter;
    }

    private static void bindIfSet(Query query, String name, String value) {
        if (value != null) {
            query.bind(name, value);
        }
    }
}
