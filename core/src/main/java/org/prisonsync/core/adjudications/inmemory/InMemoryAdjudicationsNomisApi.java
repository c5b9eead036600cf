package org.prisonsync.core.adjudications.inmemory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.adjudications.AdaSummary;
import org.prisonsync.core.adjudications.AdjudicationsNomisApi;
import org.prisonsync.core.adjudications.NomisAdjudication;
import org.prisonsync.core.adjudications.NomisAdjudicationRequest;
import org.prisonsync.core.adjudications.NomisAwardId;
import org.prisonsync.core.adjudications.NomisAwardRequest;
import org.prisonsync.core.adjudications.NomisChargeId;
import org.prisonsync.core.adjudications.NomisHearingRequest;
import org.prisonsync.core.adjudications.NomisResultRequest;

/**
 * NOMIS's adjudications in memory, as NOMIS keeps them: an adjudication with charges and hearings, a hearing's result
 * per charge, a result's awards (booking id + sanction sequence). Deleting a hearing deletes its results for every
 * charge and their awards (seed 000's cascade); awards are made on the charge's latest result; quash sets the result
 * and its awards {@code QUASHED}. Also the simulator's state.
 */
public final class InMemoryAdjudicationsNomisApi implements AdjudicationsNomisApi {
    private static final String DUMMY_TYPE = "DUMMY";

    private static final class Result {
        String plea;
        String finding;
        String findingBeforeQuash;
        final Map<Integer, NomisAwardRequest> awards = new LinkedHashMap<>();
    }

    private static final class Hearing {
        final long id;
        NomisHearingRequest request;
        final boolean dummy;
        final Map<Integer, Result> results = new LinkedHashMap<>();

        Hearing(long id, NomisHearingRequest request, boolean dummy) {
            this.id = id;
            this.request = request;
            this.dummy = dummy;
        }
    }

    private static final class Adjudication {
        final long number;
        final long bookingId;
        final String offenderNo;
        final NomisAdjudicationRequest request;
        final LocalDate created;
        List<NomisAdjudication.Repair> repairs;
        List<NomisAdjudication.Evidence> evidence;
        final Map<Long, Hearing> hearings = new LinkedHashMap<>();

        Adjudication(long number, long bookingId, String offenderNo, NomisAdjudicationRequest request,
                     LocalDate created) {
            this.number = number;
            this.bookingId = bookingId;
            this.offenderNo = offenderNo;
            this.request = request;
            this.created = created;
            this.repairs = request.repairs();
            this.evidence = request.evidence();
        }
    }

    private final Clock clock;
    private final AtomicLong adjudicationNumbers;
    private final AtomicLong hearingIds;
    private final Map<Long, Adjudication> adjudications = new LinkedHashMap<>();
    private final Map<String, Long> bookings = new HashMap<>();
    private final Map<Long, Integer> sanctionSequences = new HashMap<>();
    private final Map<String, List<LocalDateTime>> merges = new HashMap<>();

    public InMemoryAdjudicationsNomisApi(Clock clock, long idBase) {
        this.clock = clock;
        this.adjudicationNumbers = new AtomicLong(idBase);
        this.hearingIds = new AtomicLong(idBase);
    }

    /** The prisoner's current booking, which NOMIS files a new adjudication on. */
    public synchronized void admit(String offenderNo, long bookingId) {
        bookings.put(offenderNo, bookingId);
    }

    public synchronized Optional<Long> bookingOf(String offenderNo) {
        return Optional.ofNullable(bookings.get(offenderNo));
    }

    /** A merge NOMIS records for the prisoner, at that time. */
    public synchronized void merge(String offenderNo, LocalDateTime when) {
        merges.computeIfAbsent(offenderNo, o -> new ArrayList<>()).add(when);
    }

    public synchronized int count() {
        return adjudications.size();
    }

    /** The incident as it was created (its internal location among it), for tests and the simulator's checks. */
    public synchronized Optional<NomisAdjudicationRequest> createdAs(long adjudicationNumber) {
        return Optional.ofNullable(adjudications.get(adjudicationNumber)).map(a -> a.request);
    }

    /** Every award NOMIS holds, across adjudications. */
    public synchronized int awardCount() {
        int count = 0;
        for (Adjudication a : adjudications.values()) {
            for (Hearing h : a.hearings.values()) {
                for (Result r : h.results.values()) {
                    count += r.awards.size();
                }
            }
        }
        return count;
    }

    @Override
    public synchronized NomisChargeId createAdjudication(String offenderNo, NomisAdjudicationRequest request) {
        Long booking = bookings.get(offenderNo);
        if (booking == null) {
            throw new UpstreamRejected(404, "Prisoner " + offenderNo + " not found");
        }
        if (request.offenceCodes().isEmpty()) {
            throw new UpstreamRejected(400, "an adjudication has at least one charge");
        }
        long number = adjudicationNumbers.incrementAndGet();
        adjudications.put(number, new Adjudication(number, booking, offenderNo, request,
                LocalDate.now(clock)));
        return new NomisChargeId(number, 1);
    }

    @Override
    public synchronized Optional<NomisAdjudication> adjudication(long adjudicationNumber) {
        return Optional.ofNullable(adjudications.get(adjudicationNumber)).map(InMemoryAdjudicationsNomisApi::view);
    }

    @Override
    public synchronized Optional<NomisAdjudication> adjudicationOfHearing(long hearingId) {
        return adjudications.values().stream().filter(a -> a.hearings.containsKey(hearingId)).findFirst()
                .map(InMemoryAdjudicationsNomisApi::view);
    }

    @Override
    public synchronized List<ChargeRef> chargeIds(LocalDate fromDate, String prisonId) {
        List<ChargeRef> refs = new ArrayList<>();
        for (Adjudication a : adjudications.values()) {
            if ((fromDate == null || !a.created.isBefore(fromDate))
                    && (prisonId == null || prisonId.equals(a.request.prisonId()))) {
                for (int seq = 1; seq <= a.request.offenceCodes().size(); seq++) {
                    refs.add(new ChargeRef(new NomisChargeId(a.number, seq), a.offenderNo));
                }
            }
        }
        return refs;
    }

    @Override
    public synchronized void updateRepairs(long adjudicationNumber, List<NomisAdjudication.Repair> repairs) {
        require(adjudicationNumber).repairs = List.copyOf(repairs);
    }

    @Override
    public synchronized void updateEvidence(long adjudicationNumber, List<NomisAdjudication.Evidence> evidence) {
        require(adjudicationNumber).evidence = List.copyOf(evidence);
    }

    @Override
    public synchronized long createHearing(long adjudicationNumber, NomisHearingRequest request) {
        Adjudication a = require(adjudicationNumber);
        long id = hearingIds.incrementAndGet();
        a.hearings.put(id, new Hearing(id, request, false));
        return id;
    }

    @Override
    public synchronized void updateHearing(long adjudicationNumber, long hearingId, NomisHearingRequest request) {
        requireHearing(require(adjudicationNumber), hearingId).request = request;
    }

    @Override
    public synchronized void deleteHearing(long adjudicationNumber, long hearingId) {
        Adjudication a = adjudications.get(adjudicationNumber);
        if (a != null) {
            a.hearings.remove(hearingId);
        }
    }

    @Override
    public synchronized void upsertHearingResult(NomisChargeId charge, long hearingId, NomisResultRequest request) {
        Adjudication a = require(charge.adjudicationNumber());
        requireCharge(a, charge);
        Result result = requireHearing(a, hearingId).results.computeIfAbsent(charge.chargeSequence(),
                s -> new Result());
        result.plea = request.pleaFindingCode();
        result.finding = request.findingCode();
    }

    @Override
    public synchronized List<NomisAwardId> deleteHearingResult(NomisChargeId charge, long hearingId) {
        Adjudication a = adjudications.get(charge.adjudicationNumber());
        Hearing hearing = a == null ? null : a.hearings.get(hearingId);
        if (hearing == null) {
            return List.of();
        }
        Result removed = hearing.results.remove(charge.chargeSequence());
        return removed == null ? List.of() : ids(a, removed.awards.keySet());
    }

    @Override
    public synchronized void upsertResultWithoutHearing(NomisChargeId charge, NomisResultRequest request) {
        Adjudication a = require(charge.adjudicationNumber());
        requireCharge(a, charge);
        Hearing dummy = a.hearings.values().stream().filter(h -> h.dummy && h.results.containsKey(
                charge.chargeSequence())).findFirst().orElseGet(() -> {
                    long id = hearingIds.incrementAndGet();
                    Hearing made = new Hearing(id, new NomisHearingRequest(DUMMY_TYPE, LocalDate.now(clock),
                            LocalTime.MIDNIGHT, a.request.prisonId(), a.request.internalLocationId()), true);
                    a.hearings.put(id, made);
                    return made;
                });
        Result result = dummy.results.computeIfAbsent(charge.chargeSequence(), s -> new Result());
        result.plea = request.pleaFindingCode();
        result.finding = request.findingCode();
    }

    @Override
    public synchronized void deleteResultWithoutHearing(NomisChargeId charge) {
        Adjudication a = adjudications.get(charge.adjudicationNumber());
        if (a != null) {
            a.hearings.values().removeIf(h -> h.dummy && h.results.containsKey(charge.chargeSequence()));
        }
    }

    @Override
    public synchronized List<NomisAwardId> createAwards(NomisChargeId charge, List<NomisAwardRequest> awards) {
        Adjudication a = require(charge.adjudicationNumber());
        Result result = latestResult(a, charge);
        List<NomisAwardId> created = new ArrayList<>();
        for (NomisAwardRequest award : awards) {
            int seq = sanctionSequences.merge(a.bookingId, 1, Integer::sum);
            result.awards.put(seq, award);
            created.add(new NomisAwardId(a.bookingId, seq));
        }
        return created;
    }

    @Override
    public synchronized AwardChanges updateAwards(NomisChargeId charge, List<NomisAwardRequest> toCreate,
                                                  Map<Integer, NomisAwardRequest> toUpdate) {
        Adjudication a = require(charge.adjudicationNumber());
        Result latest = latestResult(a, charge);
        List<NomisAwardId> deleted = new ArrayList<>();
        for (Hearing h : a.hearings.values()) {
            Result r = h.results.get(charge.chargeSequence());
            if (r == null) {
                continue;
            }
            for (Integer seq : new ArrayList<>(r.awards.keySet())) {
                if (toUpdate.containsKey(seq)) {
                    r.awards.put(seq, toUpdate.get(seq));
                } else {
                    r.awards.remove(seq);
                    deleted.add(new NomisAwardId(a.bookingId, seq));
                }
            }
        }
        for (Integer seq : toUpdate.keySet()) {
            boolean known = a.hearings.values().stream().map(h -> h.results.get(charge.chargeSequence()))
                    .anyMatch(r -> r != null && r.awards.containsKey(seq));
            if (!known) {
                throw new UpstreamRejected(404, "Award " + seq + " of booking " + a.bookingId + " not found");
            }
        }
        List<NomisAwardId> created = new ArrayList<>();
        for (NomisAwardRequest award : toCreate) {
            int seq = sanctionSequences.merge(a.bookingId, 1, Integer::sum);
            latest.awards.put(seq, award);
            created.add(new NomisAwardId(a.bookingId, seq));
        }
        return new AwardChanges(created, deleted);
    }

    @Override
    public synchronized List<NomisAwardId> deleteAwards(NomisChargeId charge) {
        Adjudication a = adjudications.get(charge.adjudicationNumber());
        if (a == null) {
            return List.of();
        }
        List<NomisAwardId> deleted = new ArrayList<>();
        for (Hearing h : a.hearings.values()) {
            Result r = h.results.get(charge.chargeSequence());
            if (r != null) {
                deleted.addAll(ids(a, r.awards.keySet()));
                r.awards.clear();
            }
        }
        return deleted;
    }

    @Override
    public synchronized void quash(NomisChargeId charge) {
        Adjudication a = require(charge.adjudicationNumber());
        Result r = latestResult(a, charge);
        if (!"QUASHED".equals(r.finding)) {
            r.findingBeforeQuash = r.finding;
            r.finding = "QUASHED";
        }
        r.awards.replaceAll((seq, award) -> award.withStatus("QUASHED"));
    }

    @Override
    public synchronized AwardChanges unquash(NomisChargeId charge, String findingCode,
                                             List<NomisAwardRequest> toCreate,
                                             Map<Integer, NomisAwardRequest> toUpdate) {
        Adjudication a = require(charge.adjudicationNumber());
        Result r = latestResult(a, charge);
        r.finding = findingCode;
        r.findingBeforeQuash = null;
        return updateAwards(charge, toCreate, toUpdate);
    }

    @Override
    public synchronized AdaSummary adaSummary(long bookingId) {
        List<AdaSummary.Ada> adas = new ArrayList<>();
        String offenderNo = null;
        for (Adjudication a : adjudications.values()) {
            if (a.bookingId != bookingId) {
                continue;
            }
            offenderNo = a.offenderNo;
            for (Hearing h : a.hearings.values()) {
                for (Result r : h.results.values()) {
                    r.awards.forEach((seq, award) -> {
                        if ("ADA".equals(award.sanctionType())) {
                            adas.add(new AdaSummary.Ada(a.number, seq, award.sanctionDays() == null ? 0
                                    : award.sanctionDays(), award.effectiveDate(), award.sanctionStatus()));
                        }
                    });
                }
            }
        }
        if (offenderNo == null) {
            offenderNo = bookings.entrySet().stream().filter(e -> e.getValue() == bookingId).map(Map.Entry::getKey)
                    .findFirst().orElse("");
        }
        return new AdaSummary(bookingId, offenderNo, adas);
    }

    @Override
    public synchronized List<LocalDateTime> mergesSince(String offenderNo, LocalDate fromDate) {
        return merges.getOrDefault(offenderNo, List.of()).stream()
                .filter(m -> fromDate == null || !m.toLocalDate().isBefore(fromDate)).sorted().toList();
    }

    private Adjudication require(long adjudicationNumber) {
        Adjudication a = adjudications.get(adjudicationNumber);
        if (a == null) {
            throw new UpstreamRejected(404, "Adjudication " + adjudicationNumber + " not found");
        }
        return a;
    }

    private static void requireCharge(Adjudication a, NomisChargeId charge) {
        if (charge.chargeSequence() > a.request.offenceCodes().size()) {
            throw new UpstreamRejected(404, "Charge " + charge + " not found");
        }
    }

    private static Hearing requireHearing(Adjudication a, long hearingId) {
        Hearing h = a.hearings.get(hearingId);
        if (h == null) {
            throw new UpstreamRejected(404, "Hearing " + hearingId + " not found");
        }
        return h;
    }

    private static Result latestResult(Adjudication a, NomisChargeId charge) {
        requireCharge(a, charge);
        Result latest = null;
        for (Hearing h : a.hearings.values()) {
            Result r = h.results.get(charge.chargeSequence());
            if (r != null) {
                latest = r;
            }
        }
        if (latest == null) {
            throw new UpstreamRejected(404, "Charge " + charge + " has no hearing result");
        }
        return latest;
    }

    private static List<NomisAwardId> ids(Adjudication a, java.util.Collection<Integer> sequences) {
        return sequences.stream().map(seq -> new NomisAwardId(a.bookingId, seq)).toList();
    }

    private static NomisAdjudication view(Adjudication a) {
        List<NomisAdjudication.Charge> charges = new ArrayList<>();
        for (int i = 0; i < a.request.offenceCodes().size(); i++) {
            charges.add(new NomisAdjudication.Charge(i + 1, a.request.offenceCodes().get(i)));
        }
        List<NomisAdjudication.Hearing> hearings = new ArrayList<>();
        for (Hearing h : a.hearings.values()) {
            List<NomisAdjudication.Result> results = new ArrayList<>();
            h.results.forEach((seq, r) -> {
                List<NomisAdjudication.Award> awards = new ArrayList<>();
                r.awards.forEach((s, award) -> awards.add(new NomisAdjudication.Award(
                        new NomisAwardId(a.bookingId, s), award)));
                results.add(new NomisAdjudication.Result(seq, r.plea, r.finding, awards));
            });
            hearings.add(new NomisAdjudication.Hearing(h.id, h.request.hearingType(), h.request.hearingDate(),
                    h.request.hearingTime(), h.request.internalLocationId(), results));
        }
        return new NomisAdjudication(a.number, a.bookingId, a.offenderNo, a.request.prisonId(),
                a.request.incidentDate(), a.request.incidentTime(), a.request.details(), charges, hearings,
                a.repairs, a.evidence);
    }
}
