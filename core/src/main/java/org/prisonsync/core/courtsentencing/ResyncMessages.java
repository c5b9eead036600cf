package org.prisonsync.core.courtsentencing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.InvalidMessageException;

/**
 * The strict reading, at the edge, of the two messages a clone's completion sends to the from-NOMIS queue (as
 * {@link ClonePlan} writes them). Every field is known ({@code unknown field …} otherwise, naming the ones there are);
 * the prisoner has NOMIS's shape; every id is a positive whole number in ASCII digits, quoted or not; a clone names at
 * most {@value #MAX_CASES} cases, each once, each source and clone different, and {@code caseIds} are exactly the clones
 * {@code casesMoved} names, in order. A message that fails is dead-lettered at once with the reason.
 */
final class ResyncMessages {
    /** Far more cases than one clone of a prisoner copies (a case and those linked or consecutive to it). */
    static final int MAX_CASES = 100;

    private static final Set<String> CASE_BOOKING_FIELDS = Set.of("offenderNo", "caseIds", "fromBookingId",
            "toBookingId", "casesMoved");
    private static final Set<String> MOVED_FIELDS = Set.of("caseId", "clonedCaseId");
    private static final Set<String> ADJUSTMENT_FIELDS = Set.of("offenderNo", "adjustmentId", "sentenceId");
    private static final Set<String> SENTENCE_ID_FIELDS = Set.of("offenderBookingId", "sentenceSequence");

    private ResyncMessages() {
    }

    /** {@code courtsentencing.resync.case.booking}: the clone's pairs of source (orphan) and cloned case. */
    record CaseBooking(String offenderNo, long fromBookingId, long toBookingId, List<Moved> casesMoved) {
        List<Long> clonedCaseIds() {
            return casesMoved.stream().map(Moved::clonedCaseId).toList();
        }

        List<Long> sourceCaseIds() {
            return casesMoved.stream().map(Moved::sourceCaseId).toList();
        }
    }

    /** One case of the clone: {@code caseId} (the source, orphaned now) and {@code clonedCaseId}. */
    record Moved(long sourceCaseId, long clonedCaseId) {
    }

    /** {@code courtsentencing.resync.sentence-adjustments}: one NOMIS sentence adjustment the clone made. */
    record ClonedAdjustment(String offenderNo, long adjustmentId, SentenceId sentenceId) {
    }

    static CaseBooking caseBooking(InternalMessage message) {
        Map<String, Object> p = message.payload();
        onlyKnown(p, CASE_BOOKING_FIELDS, "");
        String offenderNo = prisoner(p);
        long from = id(required(p, "fromBookingId", ""), "fromBookingId");
        long to = id(required(p, "toBookingId", ""), "toBookingId");
        if (from == to) {
            throw new InvalidMessageException("fields 'fromBookingId' and 'toBookingId' are both " + from
                    + ": a clone moves cases to another booking");
        }
        List<?> moved = list(p, "casesMoved");
        List<?> caseIds = list(p, "caseIds");
        if (moved.isEmpty()) {
            throw new InvalidMessageException("field 'casesMoved' is empty: a clone moves at least one case");
        }
        List<Moved> cases = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Object row : moved) {
            if (!(row instanceof Map<?, ?> map)) {
                throw new InvalidMessageException("field 'casesMoved[]' is not an object: " + Ids.quote(row));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> pair = (Map<String, Object>) map;
            onlyKnown(pair, MOVED_FIELDS, "casesMoved[].");
            long source = id(required(pair, "caseId", "casesMoved[]."), "casesMoved[].caseId");
            long clone = id(required(pair, "clonedCaseId", "casesMoved[]."), "casesMoved[].clonedCaseId");
            if (source == clone) {
                throw new InvalidMessageException("field 'casesMoved' pairs case " + source + " with itself");
            }
            for (long id : List.of(source, clone)) {
                if (!seen.add(id)) {
                    throw new InvalidMessageException("field 'casesMoved' names case " + id + " twice");
                }
            }
            cases.add(new Moved(source, clone));
        }
        List<Long> named = new ArrayList<>();
        for (Object id : caseIds) {
            named.add(id(id, "caseIds[]"));
        }
        CaseBooking read = new CaseBooking(offenderNo, from, to, List.copyOf(cases));
        if (!named.equals(read.clonedCaseIds())) {
            throw new InvalidMessageException("field 'caseIds' " + Ids.quote(named) + " are not the cloned cases "
                    + "'casesMoved' names " + Ids.quote(read.clonedCaseIds()));
        }
        return read;
    }

    static ClonedAdjustment clonedAdjustment(InternalMessage message) {
        Map<String, Object> p = message.payload();
        onlyKnown(p, ADJUSTMENT_FIELDS, "");
        String offenderNo = prisoner(p);
        long adjustmentId = id(required(p, "adjustmentId", ""), "adjustmentId");
        Object sentence = required(p, "sentenceId", "");
        if (!(sentence instanceof Map<?, ?> map)) {
            throw new InvalidMessageException("field 'sentenceId' is not an object: " + Ids.quote(sentence));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) map;
        onlyKnown(s, SENTENCE_ID_FIELDS, "sentenceId.");
        return new ClonedAdjustment(offenderNo, adjustmentId, new SentenceId(
                id(required(s, "offenderBookingId", "sentenceId."), "sentenceId.offenderBookingId"),
                id(required(s, "sentenceSequence", "sentenceId."), "sentenceId.sentenceSequence")));
    }

    private static String prisoner(Map<String, Object> payload) {
        Object value = required(payload, "offenderNo", "");
        if (!(value instanceof String text)) {
            throw new InvalidMessageException("field 'offenderNo' is not text: " + Ids.quote(value));
        }
        return Ids.requirePrisonerNumber(text, "offenderNo");
    }

    private static void onlyKnown(Map<String, Object> object, Set<String> known, String prefix) {
        for (String field : object.keySet()) {
            if (!known.contains(field)) {
                throw new InvalidMessageException("unknown field '" + prefix + Ids.quote(field) + "'; it has "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    private static Object required(Map<String, Object> object, String field, String prefix) {
        Object value = object.get(field);
        if (value == null) {
            throw new InvalidMessageException("missing field '" + prefix + field + "'");
        }
        return value;
    }

    private static List<?> list(Map<String, Object> object, String field) {
        Object value = required(object, field, "");
        if (!(value instanceof List<?> items)) {
            throw new InvalidMessageException("field '" + field + "' is not a list: " + Ids.quote(value));
        }
        if (items.size() > MAX_CASES) {
            throw new InvalidMessageException("field '" + field + "' names " + items.size() + " cases, at most "
                    + MAX_CASES + " allowed");
        }
        return items;
    }

    private static long id(Object value, String field) {
        return Ids.requirePositiveLong(value, field);
    }
}
