package org.prisonsync.core.courtsentencing.inmemory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.courtsentencing.CaseClones;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi;
import org.prisonsync.core.courtsentencing.NomisCourtCase;
import org.prisonsync.core.courtsentencing.SentenceId;
import org.prisonsync.core.courtsentencing.TermId;

/**
 * NOMIS's court cases in memory, as NOMIS keeps them: cases on a booking with court events, offender charges and
 * sentences (booking + sequence) with terms. A prisoner's latest booking is the one admitted last. An appearance
 * created on a case of an earlier booking, or a recall of a sentence there, first clones the case onto the latest
 * booking (new ids for the case, its events, charges, sentences and their adjustments; terms keep their sequence;
 * everything active), applies the change to the clone and answers the clones, as NOMIS does (seed 000). Also the
 * simulator's state. NOMIS keeps sentence adjustments in its adjustments tables: joined to them
 * ({@link #keepAdjustmentsIn}, by whoever holds the adjustments twin too, since no domain imports another), a
 * sentence's adjustments live there and a clone copies each onto the cloned sentence under a new id, readable at the
 * adjustments endpoints as NOMIS's are; alone, they are bare ids.
 */
public final class InMemoryCourtSentencingNomisApi implements CourtSentencingNomisApi {

    private static final class CaseState {
        long id;
        String offenderNo;
        long bookingId;
        String status;
        String legalCaseType;
        LocalDate beginDate;
        String courtId;
        String reference;
        final List<EventState> events = new ArrayList<>();
        final List<ChargeState> charges = new ArrayList<>();
        final List<SentenceState> sentences = new ArrayList<>();
    }

    private static final class EventState {
        long id;
        LocalDateTime when;
        String type;
        String courtId;
        String outcome;
        LocalDateTime next;
        final List<EventCharge> charges = new ArrayList<>();
    }

    private static final class ChargeState {
        long id;
        String offenceCode;
        LocalDate offenceDate;
        LocalDate offenceEndDate;
        String result;
    }

    private static final class SentenceState {
        long bookingId;
        long sequence;
        String status;
        String calcType;
        String category;
        LocalDate startDate;
        BigDecimal fine;
        long eventId;
        final List<Long> chargeIds = new ArrayList<>();
        final List<TermState> terms = new ArrayList<>();
        final List<Long> adjustmentIds = new ArrayList<>();
        LocalDate recallRevocationDate;
    }

    private static final class TermState {
        long sequence;
        TermRequest term;
    }

    private final Map<String, Long> latestBooking = new HashMap<>();
    private final Map<Long, CaseState> cases = new LinkedHashMap<>();
    private final AtomicLong ids;
    private AdjustmentTables adjustments;

    /** NOMIS's sentence adjustment tables, as a sentence's adjustments are planted and a clone copies them there. */
    public interface AdjustmentTables {
        /** A remand adjustment of {@code days} from {@code from} on the sentence of the booking: its id. */
        long plant(String offenderNo, long bookingId, long sentenceSequence, LocalDate from, int days);

        /** A copy of sentence adjustment {@code adjustmentId} onto the sentence of the booking, active: its id. */
        long copy(long adjustmentId, String offenderNo, long bookingId, long sentenceSequence);
    }

    /** Ids (cases, events, charges, adjustments) count up from {@code firstId}. */
    public InMemoryCourtSentencingNomisApi(long firstId) {
        this.ids = new AtomicLong(firstId);
    }

    // --- the twin's own controls

    /** The prisoner's booking {@code bookingId} becomes the latest (a new admission). */
    public synchronized void admit(String offenderNo, long bookingId) {
        latestBooking.put(offenderNo, bookingId);
    }

    public synchronized Optional<Long> latestBooking(String offenderNo) {
        return Optional.ofNullable(latestBooking.get(offenderNo));
    }

    /** Keeps the sentence adjustments in NOMIS's adjustments tables from now on, as NOMIS keeps them. */
    public synchronized void keepAdjustmentsIn(AdjustmentTables tables) {
        this.adjustments = tables;
    }

    /**
     * A sentence adjustment (a remand of 10 days) NOMIS holds on a sentence: copied, with a new id, when it is cloned.
     * Its id; in the adjustments tables when joined to them.
     */
    public synchronized long plantAdjustment(SentenceId sentence) {
        SentenceState s = sentenceState(sentence).orElseThrow();
        LocalDate from = s.startDate == null ? LocalDate.of(2025, 1, 1) : s.startDate.minusDays(10);
        long id = adjustments == null ? ids.incrementAndGet()
                : adjustments.plant(offenderOf(s), s.bookingId, s.sequence, from, 10);
        s.adjustmentIds.add(id);
        return id;
    }

    /** A copy of adjustment {@code id} onto {@code to} (a cloned sentence): the copy's id. */
    private long copyAdjustment(long id, SentenceState to, String offenderNo) {
        return adjustments == null ? ids.incrementAndGet()
                : adjustments.copy(id, offenderNo, to.bookingId, to.sequence);
    }

    private String offenderOf(SentenceState sentence) {
        return cases.values().stream().filter(c -> c.sentences.contains(sentence)).map(c -> c.offenderNo)
                .findFirst().orElseThrow();
    }

    public synchronized List<Long> adjustments(SentenceId sentence) {
        return sentenceState(sentence).map(s -> List.copyOf(s.adjustmentIds)).orElse(List.of());
    }

    /** The revocation date NOMIS holds for a recalled sentence; empty when it is not recalled. */
    public synchronized Optional<LocalDate> recalled(SentenceId sentence) {
        return sentenceState(sentence).map(s -> s.recallRevocationDate);
    }

    public synchronized int caseCount() {
        return cases.size();
    }

    // --- the port

    @Override
    public synchronized long createCourtCase(String offenderNo, CourtCaseRequest request) {
        CaseState c = new CaseState();
        c.id = ids.incrementAndGet();
        c.offenderNo = offenderNo;
        c.bookingId = booking(offenderNo);
        c.status = request.status();
        c.legalCaseType = request.legalCaseType();
        c.beginDate = request.startDate();
        c.courtId = request.courtId();
        c.reference = request.caseReference();
        cases.put(c.id, c);
        return c.id;
    }

    @Override
    public synchronized void updateCourtCase(String offenderNo, long caseId, String status) {
        caseOf(offenderNo, caseId).status = status;
    }

    @Override
    public synchronized void deleteCourtCase(String offenderNo, long caseId) {
        CaseState c = cases.get(caseId);
        if (c != null && c.offenderNo.equals(offenderNo)) {
            cases.remove(caseId);
        }
    }

    @Override
    public synchronized Optional<NomisCourtCase> courtCase(String offenderNo, long caseId) {
        CaseState c = cases.get(caseId);
        return c == null || !c.offenderNo.equals(offenderNo) ? Optional.empty() : Optional.of(view(c));
    }

    @Override
    public synchronized List<NomisCourtCase> courtCases(String offenderNo) {
        return cases.values().stream().filter(c -> c.offenderNo.equals(offenderNo)).map(this::view).toList();
    }

    @Override
    public synchronized CreatedAppearance createAppearance(String offenderNo, long caseId,
                                                           AppearanceRequest request) {
        CaseState c = caseOf(offenderNo, caseId);
        Cloning cloning = null;
        Map<Long, Long> chargeIds = Map.of();
        if (c.bookingId != booking(offenderNo)) {
            cloning = clone(offenderNo, List.of(c));
            chargeIds = cloning.charges;
            c = cases.get(cloning.caseIds.get(c.id));
        }
        EventState e = new EventState();
        e.id = ids.incrementAndGet();
        write(e, request, chargeIds);
        c.events.add(e);
        // NOMIS answers the clones as they are after the change
        return new CreatedAppearance(e.id, cloning == null ? CaseClones.NONE : cloning.answer());
    }

    @Override
    public synchronized void updateAppearance(String offenderNo, long caseId, long eventId,
                                              AppearanceRequest request) {
        write(eventOf(caseOf(offenderNo, caseId), eventId), request, Map.of());
    }

    @Override
    public synchronized void deleteAppearance(String offenderNo, long caseId, long eventId) {
        CaseState c = cases.get(caseId);
        if (c != null && c.offenderNo.equals(offenderNo)) {
            c.events.removeIf(e -> e.id == eventId);
        }
    }

    @Override
    public synchronized long createCharge(String offenderNo, long caseId, ChargeRequest request) {
        CaseState c = caseOf(offenderNo, caseId);
        ChargeState charge = new ChargeState();
        charge.id = ids.incrementAndGet();
        write(charge, request);
        c.charges.add(charge);
        return charge.id;
    }

    /** Rewrites the offender charge and upserts it on the court event (with its result there). */
    @Override
    public synchronized void updateCharge(String offenderNo, long caseId, long eventId, long chargeId,
                                          ChargeRequest request) {
        CaseState c = caseOf(offenderNo, caseId);
        ChargeState charge = c.charges.stream().filter(x -> x.id == chargeId).findFirst().orElseThrow(() ->
                new UpstreamRejected(404, "offender charge " + chargeId + " not found on case " + caseId));
        write(charge, request);
        EventState e = eventOf(c, eventId);
        e.charges.removeIf(x -> x.offenderChargeId() == chargeId);
        e.charges.add(new EventCharge(chargeId, request.resultCode1()));
    }

    @Override
    public synchronized SentenceId createSentence(String offenderNo, long caseId, SentenceRequest request) {
        CaseState c = caseOf(offenderNo, caseId);
        SentenceState s = new SentenceState();
        s.bookingId = c.bookingId;
        s.sequence = nextSequence(c.bookingId);
        write(s, request);
        c.sentences.add(s);
        return new SentenceId(s.bookingId, s.sequence);
    }

    @Override
    public synchronized void updateSentence(String offenderNo, long caseId, long sentenceSequence,
                                            SentenceRequest request) {
        write(sentenceOf(caseOf(offenderNo, caseId), sentenceSequence), request);
    }

    @Override
    public synchronized void deleteSentence(String offenderNo, long caseId, long sentenceSequence) {
        CaseState c = cases.get(caseId);
        if (c != null && c.offenderNo.equals(offenderNo)) {
            c.sentences.removeIf(s -> s.sequence == sentenceSequence);
        }
    }

    @Override
    public synchronized TermId createTerm(String offenderNo, long caseId, long sentenceSequence,
                                          TermRequest request) {
        SentenceState s = sentenceOf(caseOf(offenderNo, caseId), sentenceSequence);
        TermState t = new TermState();
        t.sequence = s.terms.stream().mapToLong(x -> x.sequence).max().orElse(0) + 1;
        t.term = request;
        s.terms.add(t);
        return new TermId(new SentenceId(s.bookingId, s.sequence), t.sequence);
    }

    @Override
    public synchronized void updateTerm(String offenderNo, long caseId, long sentenceSequence, long termSequence,
                                        TermRequest request) {
        SentenceState s = sentenceOf(caseOf(offenderNo, caseId), sentenceSequence);
        TermState t = s.terms.stream().filter(x -> x.sequence == termSequence).findFirst().orElseThrow(() ->
                new UpstreamRejected(404, "sentence term " + termSequence + " not found"));
        t.term = request;
    }

    @Override
    public synchronized void deleteTerm(String offenderNo, long caseId, long sentenceSequence, long termSequence) {
        CaseState c = cases.get(caseId);
        if (c != null && c.offenderNo.equals(offenderNo)) {
            c.sentences.stream().filter(s -> s.sequence == sentenceSequence)
                    .forEach(s -> s.terms.removeIf(t -> t.sequence == termSequence));
        }
    }

    /**
     * Recalls the sentences (cloning the cases of those on an earlier booking first) and records a breach court
     * event on each case recalled.
     */
    @Override
    public synchronized RecallResult convertToRecall(String offenderNo, RecallRequest request) {
        Set<CaseState> toClone = new LinkedHashSet<>();
        for (RecallSentence r : request.sentences()) {
            CaseState c = caseOfSentence(offenderNo, r.sentenceId());
            if (c.bookingId != booking(offenderNo)) {
                toClone.add(c);
            }
        }
        Cloning cloning = null;
        Map<String, SentenceId> moved = Map.of();
        if (!toClone.isEmpty()) {
            cloning = clone(offenderNo, List.copyOf(toClone));
            moved = cloning.sentences;
        }
        Set<CaseState> recalled = new LinkedHashSet<>();
        for (RecallSentence r : request.sentences()) {
            SentenceId id = moved.getOrDefault(r.sentenceId().key(), r.sentenceId());
            CaseState c = caseOfSentence(offenderNo, id);
            sentenceOf(c, id.sentenceSequence()).recallRevocationDate = request.recallRevocationDate();
            recalled.add(c);
        }
        List<Long> events = new ArrayList<>();
        for (CaseState c : recalled) {
            EventState e = new EventState();
            e.id = ids.incrementAndGet();
            e.when = request.recallRevocationDate().atStartOfDay();
            e.type = "BREACH";
            e.courtId = c.courtId;
            c.events.add(e);
            events.add(e.id);
        }
        return new RecallResult(events, cloning == null ? CaseClones.NONE : cloning.answer());
    }

    @Override
    public synchronized void updateRecall(String offenderNo, RecallRequest request, List<Long> beachCourtEventIds) {
        for (RecallSentence r : request.sentences()) {
            CaseState c = caseOfSentence(offenderNo, r.sentenceId());
            sentenceOf(c, r.sentenceId().sentenceSequence()).recallRevocationDate = request.recallRevocationDate();
        }
    }

    @Override
    public synchronized void deleteRecall(String offenderNo, List<RecallSentence> sentences,
                                          List<Long> beachCourtEventIds) {
        for (RecallSentence r : sentences) {
            sentenceState(r.sentenceId()).ifPresent(s -> s.recallRevocationDate = null);
        }
        for (CaseState c : cases.values()) {
            if (c.offenderNo.equals(offenderNo)) {
                c.events.removeIf(e -> beachCourtEventIds.contains(e.id));
            }
        }
    }

    @Override
    public synchronized CaseClones cloneCase(String offenderNo, long caseId) {
        CaseState c = caseOf(offenderNo, caseId);
        if (c.bookingId == booking(offenderNo)) {
            return CaseClones.NONE;
        }
        return clone(offenderNo, List.of(c)).answer();
    }

    // --- cloning

    /** What a clone made: old → new ids of cases, charges and sentences, and the answer to give. */
    private final class Cloning {
        final Map<Long, Long> caseIds = new LinkedHashMap<>();
        final Map<Long, Long> charges = new HashMap<>();
        final Map<String, SentenceId> sentences = new HashMap<>();
        final List<CaseClones.Cloned> cloned = new ArrayList<>();
        final List<CaseClones.ClonedAdjustments> adjustments = new ArrayList<>();
        final Map<Long, NomisCourtCase> sources = new HashMap<>();

        CaseClones answer() {
            List<CaseClones.Cloned> answered = new ArrayList<>();
            caseIds.forEach((from, to) -> answered.add(new CaseClones.Cloned(view(cases.get(to)),
                    sources.get(from))));
            return new CaseClones(answered, adjustments);
        }
    }

    private Cloning clone(String offenderNo, List<CaseState> roots) {
        long latest = booking(offenderNo);
        Cloning cloning = new Cloning();
        for (CaseState source : roots) {
            cloning.sources.put(source.id, view(source));
            CaseState c = new CaseState();
            c.id = ids.incrementAndGet();
            c.offenderNo = offenderNo;
            c.bookingId = latest;
            c.status = "A";
            c.legalCaseType = source.legalCaseType;
            c.beginDate = source.beginDate;
            c.courtId = source.courtId;
            c.reference = source.reference;
            for (ChargeState from : source.charges) {
                ChargeState to = new ChargeState();
                to.id = ids.incrementAndGet();
                to.offenceCode = from.offenceCode;
                to.offenceDate = from.offenceDate;
                to.offenceEndDate = from.offenceEndDate;
                to.result = from.result;
                c.charges.add(to);
                cloning.charges.put(from.id, to.id);
            }
            Map<Long, Long> events = new HashMap<>();
            for (EventState from : source.events) {
                EventState to = new EventState();
                to.id = ids.incrementAndGet();
                to.when = from.when;
                to.type = from.type;
                to.courtId = from.courtId;
                to.outcome = from.outcome;
                to.next = from.next;
                from.charges.forEach(x -> to.charges.add(new EventCharge(cloning.charges.getOrDefault(
                        x.offenderChargeId(), x.offenderChargeId()), x.resultCode1())));
                c.events.add(to);
                events.put(from.id, to.id);
            }
            for (SentenceState from : source.sentences) {
                SentenceState to = new SentenceState();
                to.bookingId = latest;
                to.sequence = nextSequence(latest, c);
                to.status = "A";
                to.calcType = from.calcType;
                to.category = from.category;
                to.startDate = from.startDate;
                to.fine = from.fine;
                to.eventId = events.getOrDefault(from.eventId, from.eventId);
                from.chargeIds.forEach(id -> to.chargeIds.add(cloning.charges.getOrDefault(id, id)));
                for (TermState t : from.terms) {
                    TermState copy = new TermState();
                    copy.sequence = t.sequence;
                    copy.term = t.term;
                    to.terms.add(copy);
                }
                for (long adjustmentId : from.adjustmentIds) {
                    to.adjustmentIds.add(copyAdjustment(adjustmentId, to, offenderNo));
                }
                to.recallRevocationDate = from.recallRevocationDate;
                c.sentences.add(to);
                SentenceId newId = new SentenceId(to.bookingId, to.sequence);
                cloning.sentences.put(new SentenceId(from.bookingId, from.sequence).key(), newId);
                if (!to.adjustmentIds.isEmpty()) {
                    cloning.adjustments.add(new CaseClones.ClonedAdjustments(newId, to.adjustmentIds));
                }
            }
            cases.put(c.id, c);
            cloning.caseIds.put(source.id, c.id);
        }
        return cloning;
    }

    // --- helpers

    private long booking(String offenderNo) {
        Long booking = latestBooking.get(offenderNo);
        if (booking == null) {
            throw new UpstreamRejected(404, "prisoner " + offenderNo + " has no booking");
        }
        return booking;
    }

    private CaseState caseOf(String offenderNo, long caseId) {
        CaseState c = cases.get(caseId);
        if (c == null || !c.offenderNo.equals(offenderNo)) {
            throw new UpstreamRejected(404, "court case " + caseId + " of " + offenderNo + " not found");
        }
        return c;
    }

    private static EventState eventOf(CaseState c, long eventId) {
        return c.events.stream().filter(e -> e.id == eventId).findFirst().orElseThrow(() ->
                new UpstreamRejected(404, "court appearance " + eventId + " not found on case " + c.id));
    }

    private static SentenceState sentenceOf(CaseState c, long sequence) {
        return c.sentences.stream().filter(s -> s.sequence == sequence).findFirst().orElseThrow(() ->
                new UpstreamRejected(404, "sentence " + sequence + " not found on case " + c.id));
    }

    private CaseState caseOfSentence(String offenderNo, SentenceId id) {
        for (CaseState c : cases.values()) {
            if (c.offenderNo.equals(offenderNo) && c.sentences.stream().anyMatch(s -> s.bookingId
                    == id.offenderBookingId() && s.sequence == id.sentenceSequence())) {
                return c;
            }
        }
        throw new UpstreamRejected(404, "sentence " + id + " of " + offenderNo + " not found");
    }

    private Optional<SentenceState> sentenceState(SentenceId id) {
        return cases.values().stream().flatMap(c -> c.sentences.stream())
                .filter(s -> s.bookingId == id.offenderBookingId() && s.sequence == id.sentenceSequence())
                .findFirst();
    }

    private long nextSequence(long bookingId, CaseState... extra) {
        TreeSet<Long> used = new TreeSet<>();
        cases.values().stream().flatMap(c -> c.sentences.stream()).filter(s -> s.bookingId == bookingId)
                .forEach(s -> used.add(s.sequence));
        for (CaseState c : extra) {
            c.sentences.forEach(s -> used.add(s.sequence));
        }
        return used.isEmpty() ? 1 : used.last() + 1;
    }

    private static void write(EventState e, AppearanceRequest request, Map<Long, Long> chargeIds) {
        e.when = request.eventDateTime();
        e.type = request.courtEventType();
        e.courtId = request.courtId();
        e.outcome = request.outcomeReasonCode();
        e.next = request.nextEventDateTime();
        e.charges.clear();
        request.courtEventChargesWithOutcomes().forEach(x -> e.charges.add(new EventCharge(
                chargeIds.getOrDefault(x.offenderChargeId(), x.offenderChargeId()), x.resultCode1())));
    }

    private static void write(ChargeState charge, ChargeRequest request) {
        charge.offenceCode = request.offenceCode();
        charge.offenceDate = request.offenceDate();
        charge.offenceEndDate = request.offenceEndDate();
        charge.result = request.resultCode1();
    }

    private static void write(SentenceState s, SentenceRequest request) {
        s.status = request.status();
        s.calcType = request.sentenceCalcType();
        s.category = request.sentenceCategory();
        s.startDate = request.startDate();
        s.fine = request.fine();
        s.eventId = request.eventId();
        s.chargeIds.clear();
        s.chargeIds.addAll(request.offenderChargeIds());
    }

    private NomisCourtCase view(CaseState c) {
        List<NomisCourtCase.Event> events = c.events.stream().map(e -> new NomisCourtCase.Event(e.id, e.when,
                e.type, e.courtId, e.outcome, e.next, e.charges)).toList();
        List<NomisCourtCase.Charge> charges = c.charges.stream().map(x -> new NomisCourtCase.Charge(x.id,
                x.offenceCode, x.offenceDate, x.offenceEndDate, x.result)).toList();
        List<NomisCourtCase.Sentence> sentences = c.sentences.stream().map(s -> new NomisCourtCase.Sentence(
                new SentenceId(s.bookingId, s.sequence), s.status, s.calcType, s.category, s.startDate, s.fine,
                s.eventId, s.chargeIds, s.terms.stream().map(t -> new NomisCourtCase.Term(t.sequence,
                        t.term.sentenceTermType(), t.term.years(), t.term.months(), t.term.weeks(), t.term.days(),
                        t.term.lifeSentenceFlag())).toList())).toList();
        return new NomisCourtCase(c.id, c.offenderNo, c.bookingId, c.status, c.legalCaseType, c.beginDate,
                c.courtId, c.reference, events, charges, sentences);
    }
}
