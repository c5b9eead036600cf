package org.prisonsync.core.movements;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One row of {@code matching_event_pair}: a NOMIS half and a DPS half of one admission or release. A row starts
 * one-sided (the other half's time is null) and is completed, and {@code matched}, when the other half arrives.
 *
 * <p>{@code domainTime} is Europe/London local time; offender times are NOMIS's local times as sent; {@code created}
 * is the instant the row was stored. Times are kept to the microsecond, as the databases keep them. {@code id} is
 * null until the store has inserted the row.
 */
public record MatchingEventPair(Long id, MatchType matchType, String prisonerNumber, String relatedPrisonerNumber,
                                String domainReason, LocalDateTime domainTime, Long bookingId, String offenderReason,
                                LocalDateTime offenderTime, String previousOffenderReason,
                                LocalDateTime previousOffenderTime, String previousOffenderDirection,
                                Instant created, boolean matched, String comment) {

    public MatchingEventPair {
        Objects.requireNonNull(matchType, "matchType");
        Objects.requireNonNull(prisonerNumber, "prisonerNumber");
        domainTime = micros(domainTime);
        offenderTime = micros(offenderTime);
        previousOffenderTime = micros(previousOffenderTime);
        created = created == null ? null : created.truncatedTo(ChronoUnit.MICROS);
    }

    /** The DPS half alone, not yet stored. */
    public static MatchingEventPair domainHalf(MatchType type, String prisoner, String reason, LocalDateTime time) {
        Objects.requireNonNull(time, "domainTime");
        return new MatchingEventPair(null, type, prisoner, null, reason, time, null, null, null, null, null, null,
                null, false, null);
    }

    /** The NOMIS half alone, not yet stored. */
    public static MatchingEventPair offenderHalf(MatchType type, String prisoner, Long bookingId, String reason,
                                                 LocalDateTime time) {
        Objects.requireNonNull(time, "offenderTime");
        return new MatchingEventPair(null, type, prisoner, null, null, null, bookingId, reason, time, null, null,
                null, null, false, null);
    }

    /** Only the DPS half is here (upstream's {@code isDomainOnly}). */
    public boolean isDomainOnly() {
        return offenderTime == null;
    }

    /** Only the NOMIS half is here (upstream's {@code isOffenderOnly}). */
    public boolean isOffenderOnly() {
        return domainTime == null;
    }

    /** The half this row carries when it is one-sided; null when it carries both or neither. */
    public Half presentHalf() {
        if (domainTime != null && offenderTime == null) {
            return Half.DOMAIN;
        }
        if (offenderTime != null && domainTime == null) {
            return Half.OFFENDER;
        }
        return null;
    }

    public MatchingEventPair withId(long newId) {
        return new MatchingEventPair(newId, matchType, prisonerNumber, relatedPrisonerNumber, domainReason,
                domainTime, bookingId, offenderReason, offenderTime, previousOffenderReason, previousOffenderTime,
                previousOffenderDirection, created, matched, comment);
    }

    public MatchingEventPair withCreated(Instant when) {
        return new MatchingEventPair(id, matchType, prisonerNumber, relatedPrisonerNumber, domainReason,
                domainTime, bookingId, offenderReason, offenderTime, previousOffenderReason, previousOffenderTime,
                previousOffenderDirection, when, matched, comment);
    }

    public MatchingEventPair withRelated(String related) {
        return new MatchingEventPair(id, matchType, prisonerNumber, related, domainReason,
                domainTime, bookingId, offenderReason, offenderTime, previousOffenderReason, previousOffenderTime,
                previousOffenderDirection, created, matched, comment);
    }

    /** The NOMIS movement before this one, by sequence (null values when there is none). */
    public MatchingEventPair withPrevious(String reason, LocalDateTime time, String direction) {
        return new MatchingEventPair(id, matchType, prisonerNumber, relatedPrisonerNumber, domainReason,
                domainTime, bookingId, offenderReason, offenderTime, reason, time, direction, created, matched,
                comment);
    }

    public MatchingEventPair withDomain(String reason, LocalDateTime time) {
        return new MatchingEventPair(id, matchType, prisonerNumber, relatedPrisonerNumber, reason,
                time, bookingId, offenderReason, offenderTime, previousOffenderReason, previousOffenderTime,
                previousOffenderDirection, created, matched, comment);
    }

    public MatchingEventPair withOffender(Long booking, String reason, LocalDateTime time) {
        return new MatchingEventPair(id, matchType, prisonerNumber, relatedPrisonerNumber, domainReason,
                domainTime, booking, reason, time, previousOffenderReason, previousOffenderTime,
                previousOffenderDirection, created, matched, comment);
    }

    public MatchingEventPair asMatched(String why) {
        return new MatchingEventPair(id, matchType, prisonerNumber, relatedPrisonerNumber, domainReason,
                domainTime, bookingId, offenderReason, offenderTime, previousOffenderReason, previousOffenderTime,
                previousOffenderDirection, created, true, why);
    }

    /**
     * This one-sided row completed with {@code half}'s side (the side this row lacks) and marked matched. The
     * related prisoner and booking are kept when already known.
     */
    public MatchingEventPair completedWith(MatchingEventPair half, String why) {
        Half provided = half.presentHalf();
        if (provided == null) {
            throw new IllegalArgumentException("not a one-sided half: " + half);
        }
        String related = relatedPrisonerNumber != null ? relatedPrisonerNumber : half.relatedPrisonerNumber();
        if (provided == Half.DOMAIN) {
            Long booking = bookingId != null ? bookingId : half.bookingId();
            return new MatchingEventPair(id, matchType, prisonerNumber, related, half.domainReason(),
                    half.domainTime(), booking, offenderReason, offenderTime, previousOffenderReason,
                    previousOffenderTime, previousOffenderDirection, created, true, why);
        }
        return new MatchingEventPair(id, matchType, prisonerNumber, related, domainReason, domainTime,
                half.bookingId(), half.offenderReason(), half.offenderTime(), half.previousOffenderReason(),
                half.previousOffenderTime(), half.previousOffenderDirection(), created, true, why);
    }

    /** True when {@code other} carries the very same half as this row: a redelivery of the same event. */
    public boolean carriesSameHalfAs(MatchingEventPair half) {
        if (matchType != half.matchType() || !prisonerNumber.equals(half.prisonerNumber())) {
            return false;
        }
        if (half.presentHalf() == Half.DOMAIN) {
            return Objects.equals(domainReason, half.domainReason()) && Objects.equals(domainTime, half.domainTime());
        }
        return Objects.equals(offenderReason, half.offenderReason())
                && Objects.equals(offenderTime, half.offenderTime())
                && Objects.equals(bookingId, half.bookingId());
    }

    /** For operators: what is still missing, in words. */
    public String missingHalf() {
        if (matched) {
            return "nothing (matched)";
        }
        if (offenderTime == null && domainTime == null) {
            return "both halves";
        }
        if (offenderTime == null) {
            return matchType == MatchType.RECEIVED
                    ? "the NOMIS admission (EXTERNAL_MOVEMENT-CHANGED ADM, merge or booking move)"
                    : "the NOMIS release (EXTERNAL_MOVEMENT-CHANGED REL)";
        }
        return matchType == MatchType.RECEIVED
                ? "the DPS prisoner-offender-search.prisoner.received (or booking.moved) event"
                : "the DPS prisoner-offender-search.prisoner.released (or restricted-patients.patient.removed) event";
    }

    /** Only the fields that are set, as upstream prints a row in its telemetry. */
    public String describe() {
        StringJoiner text = new StringJoiner(", ", "MatchingEventPair(", ")");
        add(text, "id", id);
        add(text, "matchType", matchType);
        add(text, "nomsNumber", prisonerNumber);
        add(text, "relatedNomsNumber", relatedPrisonerNumber);
        add(text, "domainReason", domainReason);
        add(text, "domainTime", domainTime);
        add(text, "offenderBookingId", bookingId);
        add(text, "offenderReason", offenderReason);
        add(text, "offenderTime", offenderTime);
        add(text, "previousOffenderReason", previousOffenderReason);
        add(text, "previousOffenderTime", previousOffenderTime);
        add(text, "previousOffenderDirection", previousOffenderDirection);
        add(text, "createdDate", created);
        text.add("matched=" + matched);
        add(text, "comment", comment);
        return text.toString();
    }

    private static void add(StringJoiner text, String name, Object value) {
        if (value != null) {
            text.add(name + "=" + value);
        }
    }

    private static LocalDateTime micros(LocalDateTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }
}
