package org.prisonsync.core.courtsentencing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.JsonFields;

/**
 * The work a clone leaves: every NOMIS id of the source cases (case, court events, offender charges, sentences,
 * terms) paired with its clone's, the cases on each side, and the adjustments the clone created. It travels as the
 * internal message {@link CourtSentencingSync#CASES_CLONED} (values as text, so the queue's JSON keeps them exact).
 * A plan is first <em>resolved</em>: each switch learns the DPS id mapped to either side, so that switching the
 * mappings is idempotent by DPS id even when a delivery stops between a mapping's delete and its save.
 *
 * @param switches the pairs; {@code dpsId} null until resolved, and null after when no DPS record is mapped to it
 */
public record ClonePlan(String offenderNo, long fromBookingId, long toBookingId, List<Long> sourceCaseIds,
                        List<Long> clonedCaseIds, List<Switch> switches,
                        List<CaseClones.ClonedAdjustments> adjustments, boolean resolved) {

    public ClonePlan {
        Objects.requireNonNull(offenderNo, "offenderNo");
        sourceCaseIds = List.copyOf(sourceCaseIds);
        clonedCaseIds = List.copyOf(clonedCaseIds);
        switches = List.copyOf(switches);
        adjustments = List.copyOf(adjustments);
    }

    /** One NOMIS id moved by the clone. */
    public record Switch(String entityType, String fromNomisId, String toNomisId, String dpsId) {
        public Switch {
            Objects.requireNonNull(entityType, "entityType");
            Objects.requireNonNull(fromNomisId, "fromNomisId");
            Objects.requireNonNull(toNomisId, "toNomisId");
        }
    }

    /**
     * The plan of NOMIS's answer: a clone's court events, offender charges, sentences and terms correspond to its
     * source's in order (NOMIS copies them in order; the clone may hold more, the change applied to it).
     */
    public static ClonePlan of(String offenderNo, CaseClones clones) {
        List<Switch> switches = new ArrayList<>();
        List<Long> sources = new ArrayList<>();
        List<Long> cloned = new ArrayList<>();
        long from = 0;
        long to = 0;
        for (CaseClones.Cloned pair : clones.courtCases()) {
            NomisCourtCase source = pair.sourceCourtCase();
            NomisCourtCase clone = pair.courtCase();
            sources.add(source.id());
            cloned.add(clone.id());
            from = source.bookingId();
            to = clone.bookingId();
            if (clone.courtEvents().size() < source.courtEvents().size()
                    || clone.offenderCharges().size() < source.offenderCharges().size()
                    || clone.sentences().size() < source.sentences().size()) {
                throw new UpstreamRejected(502, "NOMIS's clone " + clone.id() + " of case " + source.id()
                        + " holds less than its source");
            }
            switches.add(new Switch(CourtSentencingSync.COURT_CASE, Long.toString(source.id()),
                    Long.toString(clone.id()), null));
            for (int i = 0; i < source.courtEvents().size(); i++) {
                switches.add(new Switch(CourtSentencingSync.APPEARANCE, Long.toString(source.courtEvents().get(i)
                        .id()), Long.toString(clone.courtEvents().get(i).id()), null));
            }
            for (int i = 0; i < source.offenderCharges().size(); i++) {
                switches.add(new Switch(CourtSentencingSync.CHARGE, Long.toString(source.offenderCharges().get(i)
                        .id()), Long.toString(clone.offenderCharges().get(i).id()), null));
            }
            for (int i = 0; i < source.sentences().size(); i++) {
                NomisCourtCase.Sentence s = source.sentences().get(i);
                NomisCourtCase.Sentence c = clone.sentences().get(i);
                switches.add(new Switch(CourtSentencingSync.SENTENCE, s.id().key(), c.id().key(), null));
                for (int t = 0; t < Math.min(s.terms().size(), c.terms().size()); t++) {
                    switches.add(new Switch(CourtSentencingSync.TERM,
                            new TermId(s.id(), s.terms().get(t).termSequence()).key(),
                            new TermId(c.id(), c.terms().get(t).termSequence()).key(), null));
                }
            }
        }
        return new ClonePlan(offenderNo, from, to, sources, cloned, switches, clones.sentenceAdjustments(), false);
    }

    public ClonePlan resolvedWith(List<Switch> resolvedSwitches) {
        return new ClonePlan(offenderNo, fromBookingId, toBookingId, sourceCaseIds, clonedCaseIds,
                resolvedSwitches, adjustments, true);
    }

    /** {@code courtsentencing.resync.case.booking}'s message. */
    public InternalMessage caseBookingMessage() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("offenderNo", offenderNo);
        payload.put("caseIds", clonedCaseIds);
        payload.put("fromBookingId", fromBookingId);
        payload.put("toBookingId", toBookingId);
        List<Map<String, Object>> moved = new ArrayList<>();
        for (int i = 0; i < sourceCaseIds.size(); i++) {
            moved.add(Map.of("caseId", sourceCaseIds.get(i), "clonedCaseId", clonedCaseIds.get(i)));
        }
        payload.put("casesMoved", moved);
        return new InternalMessage(CourtSentencingSync.RESYNC_CASE_BOOKING, payload);
    }

    /** One {@code courtsentencing.resync.sentence-adjustments} message per cloned adjustment. */
    public List<InternalMessage> adjustmentMessages() {
        List<InternalMessage> messages = new ArrayList<>();
        for (CaseClones.ClonedAdjustments a : adjustments) {
            for (long adjustmentId : a.adjustmentIds()) {
                messages.add(new InternalMessage(CourtSentencingSync.RESYNC_SENTENCE_ADJUSTMENTS, Map.of(
                        "offenderNo", offenderNo, "adjustmentId", adjustmentId,
                        "sentenceId", Map.of("offenderBookingId", a.sentenceId().offenderBookingId(),
                                "sentenceSequence", a.sentenceId().sentenceSequence()))));
            }
        }
        return messages;
    }

    // --- as an internal message

    public InternalMessage message() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("offenderNo", offenderNo);
        payload.put("fromBookingId", Long.toString(fromBookingId));
        payload.put("toBookingId", Long.toString(toBookingId));
        payload.put("sourceCaseIds", sourceCaseIds.stream().map(String::valueOf).toList());
        payload.put("clonedCaseIds", clonedCaseIds.stream().map(String::valueOf).toList());
        payload.put("resolved", Boolean.toString(resolved));
        List<Map<String, String>> list = new ArrayList<>();
        for (Switch s : switches) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("entityType", s.entityType());
            row.put("from", s.fromNomisId());
            row.put("to", s.toNomisId());
            if (s.dpsId() != null) {
                row.put("dpsId", s.dpsId());
            }
            list.add(row);
        }
        payload.put("switches", list);
        List<Map<String, Object>> adjusted = new ArrayList<>();
        for (CaseClones.ClonedAdjustments a : adjustments) {
            adjusted.add(Map.of("sentence", a.sentenceId().key(),
                    "adjustmentIds", a.adjustmentIds().stream().map(String::valueOf).toList()));
        }
        payload.put("adjustments", adjusted);
        return new InternalMessage(CourtSentencingSync.CASES_CLONED, payload);
    }

    /** The plan a message carries; a payload that is not one is refused (dead-lettered with the reason). */
    public static ClonePlan from(InternalMessage message) {
        Map<String, Object> p = message.payload();
        String offenderNo = Ids.requirePrisonerNumber(JsonFields.requireString(p, "offenderNo"), "offenderNo");
        List<Switch> switches = new ArrayList<>();
        for (Object row : JsonFields.list(p, "switches")) {
            Map<String, Object> s = asMap(row, "switches[]");
            String type = JsonFields.requireString(s, "entityType");
            if (!CourtSentencingSync.CLONED_TYPES.contains(type)) {
                throw new InvalidMessageException("field 'switches[].entityType' is not a cloned type: "
                        + Ids.quote(type));
            }
            String dpsId = JsonFields.string(s, "dpsId").orElse(null);
            if (dpsId != null) {
                CourtSentencingEvents.requireUuid(dpsId, "switches[].dpsId");
            }
            switches.add(new Switch(type, JsonFields.requireString(s, "from"), JsonFields.requireString(s, "to"),
                    dpsId));
        }
        List<CaseClones.ClonedAdjustments> adjustments = new ArrayList<>();
        for (Object row : JsonFields.list(p, "adjustments")) {
            Map<String, Object> a = asMap(row, "adjustments[]");
            SentenceId sentence = SentenceId.parseKey(JsonFields.requireString(a, "sentence")).orElseThrow(() ->
                    new InvalidMessageException("field 'adjustments[].sentence' is not bookingId:sequence"));
            adjustments.add(new CaseClones.ClonedAdjustments(sentence, ids(JsonFields.list(a, "adjustmentIds"),
                    "adjustments[].adjustmentIds[]")));
        }
        return new ClonePlan(offenderNo, id(p.get("fromBookingId"), "fromBookingId"),
                id(p.get("toBookingId"), "toBookingId"), ids(JsonFields.list(p, "sourceCaseIds"), "sourceCaseIds[]"),
                ids(JsonFields.list(p, "clonedCaseIds"), "clonedCaseIds[]"), switches, adjustments,
                "true".equals(JsonFields.string(p, "resolved").orElse("false")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String field) {
        if (!(value instanceof Map<?, ?>)) {
            throw new InvalidMessageException("field '" + field + "' is not an object");
        }
        return (Map<String, Object>) value;
    }

    private static List<Long> ids(List<?> values, String field) {
        return values.stream().map(v -> id(v, field)).toList();
    }

    private static long id(Object value, String field) {
        return Ids.requirePositiveLong(value, field);
    }
}
