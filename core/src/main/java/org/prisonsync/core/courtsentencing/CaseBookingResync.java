package org.prisonsync.core.courtsentencing;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingCreated;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingPeriodLength;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.BookingSentence;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.CaseReference;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.CaseState;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.Created;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCaseUpdate;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimRelease;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.sync.CreateDirection;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.Steps;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.SyncSettings;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * {@code courtsentencing.resync.case.booking}, the from-NOMIS half of a clone (seed 000: "to update the cloned cases
 * bookingId and create the orphaned cases in DPS"), run after the mappings have moved to the clones:
 * <ol>
 *   <li>each clone's DPS case (the one its mapping names now) is <b>rebooked</b>: {@code PUT /legacy/court-case/{uuid}}
 *       with the case as NOMIS holds it on the latest booking (status, references, {@code bookingId} there and in its
 *       legacy data), as upstream's resync of a moved case does; a PUT, so doing it again changes nothing;</li>
 *   <li>each orphaned source is copied into DPS with {@code POST /legacy/court-case/booking}, the remand and
 *       sentencing API's path for "something created on an old booking and copied over to the latest booking", with
 *       its appearances, charges, sentences and period lengths as NOMIS holds them on its own booking. DPS marks what
 *       that path creates {@code DUPLICATE} (hidden from its users, still synchronised with NOMIS): that is how the
 *       legacy API expresses an orphan, since neither {@code LegacyCreateCourtCase} nor any other legacy request
 *       carries a status. Every DPS id it answers is mapped to the orphan's NOMIS id ({@code NOMIS_CREATED}), the
 *       case last, so a mapped orphan is a finished one.</li>
 * </ol>
 * The copy is the one write that is not idempotent, so it runs as the kit's creates do: under a claim on the orphan
 * ({@code nomis-<caseId>}; a live claim elsewhere waits out its lease), the mapping checked again under it; a resumed
 * claim (an earlier attempt failed, timed out or died after DPS may have created the copy) first removes what that
 * attempt left: its mappings of the orphan's court events, charges, sentences and terms, and the unmapped
 * {@code DUPLICATE} case of the orphan's booking and reference it made, so that one copy remains. A child of the
 * orphan still mapped to a live DPS record means the clone's mapping switch has not finished: retried.
 */
final class CaseBookingResync {
    static final String NAME = "court-case-booking-resynchronisation";

    private final CourtSentencingNomisApi nomis;
    private final CourtSentencingDpsApi dps;
    private final MappingStore mappings;
    private final WriteClaims claims;
    private final Telemetry telemetry;
    private final Clock clock;
    private final SyncSettings settings;

    CaseBookingResync(CourtSentencingNomisApi nomis, CourtSentencingDpsApi dps, MappingStore mappings,
                      WriteClaims claims, Telemetry telemetry, Clock clock, SyncSettings settings) {
        this.nomis = nomis;
        this.dps = dps;
        this.mappings = mappings;
        this.claims = claims;
        this.telemetry = telemetry;
        this.clock = clock;
        this.settings = settings;
    }

    private record Pair(NomisCourtCase source, NomisCourtCase cloned) {
    }

    /** One orphan's copy: its DPS case and whether this delivery made it, or why it must wait. */
    private record Orphan(String dpsId, boolean created, SyncOutcome waiting) {
        static Orphan done(String dpsId, boolean created) {
            return new Orphan(dpsId, created, null);
        }

        static Orphan waiting(SyncOutcome outcome) {
            return new Orphan(null, false, outcome);
        }
    }

    SyncOutcome handle(InternalMessage message, MessageContext context) {
        ResyncMessages.CaseBooking read = ResyncMessages.caseBooking(message);
        Map<String, String> props = properties(read);
        String offenderNo = read.offenderNo();
        try {
            List<Pair> pairs = new ArrayList<>();
            for (ResyncMessages.Moved moved : read.casesMoved()) {
                Optional<NomisCourtCase> clone = nomis.courtCase(offenderNo, moved.clonedCaseId());
                Optional<NomisCourtCase> source = nomis.courtCase(offenderNo, moved.sourceCaseId());
                if (clone.isEmpty() || source.isEmpty()) {
                    return refused(props, "NOMIS has no case " + (clone.isEmpty() ? moved.clonedCaseId()
                            + " (the clone)" : moved.sourceCaseId() + " (the source)") + " of " + offenderNo);
                }
                if (clone.get().bookingId() != read.toBookingId()) {
                    return refused(props, "NOMIS holds the clone " + moved.clonedCaseId() + " on booking "
                            + clone.get().bookingId() + ", not on booking " + read.toBookingId());
                }
                if (source.get().bookingId() == clone.get().bookingId()) {
                    return refused(props, "case " + moved.sourceCaseId() + " is on the clone's booking "
                            + clone.get().bookingId() + ": it is not an orphan");
                }
                pairs.add(new Pair(source.get(), clone.get()));
            }
            context.step(Steps.NOMIS_READ);

            List<String> rebooked = new ArrayList<>();
            for (Pair pair : pairs) {
                String cloneId = Long.toString(pair.cloned().id());
                Optional<Mapping> mapping = mappings.findByNomisId(CourtSentencingSync.COURT_CASE, cloneId);
                if (mapping.isEmpty()) {
                    return new SyncOutcome.RetryLater(NAME + "-awaiting-mapping", props, "NOMIS case " + cloneId
                            + " (the clone) is not mapped to a DPS case yet: the clone's mapping switch has not run");
                }
                String uuid = mapping.get().dpsId();
                if (!dps.updateCourtCase(uuid, rebooking(offenderNo, pair.cloned()))) {
                    return new SyncOutcome.RetryLater(NAME + "-failed", props, "DPS has no court case " + uuid
                            + ", to which NOMIS case " + cloneId + " is mapped");
                }
                rebooked.add(uuid);
            }
            props.put("dpsCourtCaseIds", String.join(",", rebooked));
            context.step("dps-cases-rebooked", "dpsCourtCaseIds", String.join(",", rebooked));

            List<String> duplicates = new ArrayList<>();
            int created = 0;
            for (Pair pair : pairs) {
                Orphan orphan = copyOrphan(offenderNo, pair.source(), props, context);
                if (orphan.waiting() != null) {
                    return orphan.waiting();
                }
                duplicates.add(orphan.dpsId());
                created += orphan.created() ? 1 : 0;
            }
            props.put("dpsDuplicateCourtCaseIds", String.join(",", duplicates));
            props.put("duplicatesCreated", Integer.toString(created));
            return new SyncOutcome.Synced(NAME + "-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(NAME + "-failed", props, e);
        }
    }

    private static SyncOutcome refused(Map<String, String> props, String reason) {
        Map<String, String> withReason = new LinkedHashMap<>(props);
        withReason.put("reason", reason);
        return new SyncOutcome.Rejected(NAME + "-refused", withReason, reason);
    }

    // --- the orphan's DUPLICATE copy

    private Orphan copyOrphan(String offenderNo, NomisCourtCase source, Map<String, String> props,
                              MessageContext context) {
        String sourceId = Long.toString(source.id());
        Optional<Mapping> existing = mappings.findByNomisId(CourtSentencingSync.COURT_CASE, sourceId);
        if (existing.isPresent()) {
            return settled(existing.get(), props);
        }
        ClaimKey key = CreateFlow.claimKey(CreateDirection.FROM_NOMIS, CourtSentencingSync.COURT_CASE, sourceId);
        String owner = settings.instanceId() + "/" + context.messageId();
        ClaimResult claim = claims.claim(key, owner, clock.instant(), settings.claimLease());
        if (claim instanceof ClaimResult.HeldElsewhere held) {
            Map<String, String> withOwner = new LinkedHashMap<>(props);
            withOwner.put("claimedBy", held.owner());
            return Orphan.waiting(new SyncOutcome.RetryLater(NAME + "-awaiting-claim", withOwner,
                    "another consumer is copying orphaned case " + sourceId + " into DPS",
                    Duration.between(clock.instant(), held.until()).plusSeconds(1)));
        }
        boolean resumed = claim instanceof ClaimResult.Resumed;
        context.step(Steps.CLAIMED, "resumed", resumed ? "true" : null);
        try {
            existing = mappings.findByNomisId(CourtSentencingSync.COURT_CASE, sourceId);
            if (existing.isPresent()) {
                claims.complete(key);
                return settled(existing.get(), props);
            }
            List<Mapping> leftovers = new ArrayList<>();
            for (Mapping child : childMappings(source)) {
                if (!MappingTypes.NOMIS_CREATED.equals(child.mappingType())) {
                    claims.abandon(key, owner, clock.instant());
                    return Orphan.waiting(new SyncOutcome.RetryLater(NAME + "-awaiting-mapping", props, "NOMIS "
                            + child.entityType() + " " + child.nomisId() + " of orphaned case " + sourceId
                            + " is still mapped to DPS " + child.dpsId()
                            + ": the clone's mapping switch has not finished"));
                }
                leftovers.add(child);
            }
            if (resumed || !leftovers.isEmpty()) {
                removeLeftovers(offenderNo, source, leftovers, props, context);
            }
            BookingCreated copy = dps.createBookingCases(offenderNo, List.of(bookingCase(source, now())));
            List<Mapping> made = mappingsOf(offenderNo, source, copy);
            String caseUuid = made.get(made.size() - 1).dpsId();
            context.step(Steps.DPS_WRITTEN, "dpsCourtCaseId", caseUuid);
            for (Mapping mapping : made) {
                MappingSaveResult saved = mappings.save(mapping);
                if (saved instanceof MappingSaveResult.Conflict conflict) {
                    claims.abandon(key, owner, clock.instant());
                    return Orphan.waiting(new SyncOutcome.RetryLater(NAME + "-failed", props, mapping.entityType()
                            + " mapping " + mapping.dpsId() + " ⇄ " + mapping.nomisId() + " of orphaned case "
                            + sourceId + " conflicts with " + conflict.existing().dpsId() + " ⇄ "
                            + conflict.existing().nomisId()));
                }
            }
            context.step(Steps.MAPPING_WRITTEN, "dpsCourtCaseId", caseUuid);
            ClaimRelease.quietly(claims, key);
            return Orphan.done(caseUuid, true);
        } catch (RuntimeException e) {
            claims.abandon(key, owner, clock.instant());
            throw e;
        }
    }

    /** An orphan mapped already: to its DUPLICATE copy (done), or still to the live case (the switch has not run). */
    private static Orphan settled(Mapping mapping, Map<String, String> props) {
        if (MappingTypes.NOMIS_CREATED.equals(mapping.mappingType())) {
            return Orphan.done(mapping.dpsId(), false);
        }
        return Orphan.waiting(new SyncOutcome.RetryLater(NAME + "-awaiting-mapping", props, "NOMIS case "
                + mapping.nomisId() + " (the source) is still mapped to DPS case " + mapping.dpsId()
                + ": the clone's mapping switch has not run"));
    }

    /** The mappings there are of the orphan's court events, offender charges, sentences and terms. */
    private List<Mapping> childMappings(NomisCourtCase source) {
        List<Mapping> found = new ArrayList<>();
        for (String[] child : children(source)) {
            mappings.findByNomisId(child[0], child[1]).ifPresent(found::add);
        }
        return found;
    }

    private static List<String[]> children(NomisCourtCase c) {
        List<String[]> ids = new ArrayList<>();
        c.courtEvents().forEach(e -> ids.add(new String[] {CourtSentencingSync.APPEARANCE, Long.toString(e.id())}));
        c.offenderCharges().forEach(x -> ids.add(new String[] {CourtSentencingSync.CHARGE, Long.toString(x.id())}));
        for (NomisCourtCase.Sentence s : c.sentences()) {
            ids.add(new String[] {CourtSentencingSync.SENTENCE, s.id().key()});
            s.terms().forEach(t -> ids.add(new String[] {CourtSentencingSync.TERM,
                    new TermId(s.id(), t.termSequence()).key()}));
        }
        return ids;
    }

    /**
     * What an earlier attempt at the orphan's copy left: its mappings of the orphan's children go, and so does the
     * unmapped {@code DUPLICATE} case DPS holds on the orphan's booking with its reference, unless another orphan of
     * that booking with that reference is unmapped too (its copy may be under way in another consumer, and the two
     * cannot be told apart): then the copy stays and is reported ({@code …-leftover-kept}) for a person to check.
     */
    private void removeLeftovers(String offenderNo, NomisCourtCase source, List<Mapping> childMappings,
                                 Map<String, String> props, MessageContext context) {
        for (Mapping child : childMappings) {
            mappings.deleteByDpsId(child.entityType(), child.dpsId());
        }
        List<String> copies = new ArrayList<>();
        for (String uuid : dps.courtCaseUuids(offenderNo)) {
            if (mappings.findByDpsId(CourtSentencingSync.COURT_CASE, uuid).isPresent()) {
                continue;
            }
            Optional<CaseState> state = dps.caseState(uuid);
            if (state.isEmpty() || !state.get().duplicate()
                    || !Objects.equals(state.get().bookingId(), source.bookingId())) {
                continue;
            }
            Optional<LegacyCourtCase> copy = dps.courtCase(uuid);
            if (copy.isPresent() && Objects.equals(copy.get().caseReference(), source.primaryCaseInfoNumber())) {
                copies.add(uuid);
            }
        }
        context.step("dps-leftovers-found", "dpsCourtCaseIds", copies.isEmpty() ? null : String.join(",", copies));
        if (copies.isEmpty()) {
            return;
        }
        boolean lookalike = nomis.courtCases(offenderNo).stream().anyMatch(c -> c.id() != source.id()
                && c.bookingId() == source.bookingId()
                && Objects.equals(c.primaryCaseInfoNumber(), source.primaryCaseInfoNumber())
                && mappings.findByNomisId(CourtSentencingSync.COURT_CASE, Long.toString(c.id())).isEmpty());
        if (lookalike) {
            Map<String, String> kept = new LinkedHashMap<>(props);
            kept.put("nomisSourceCourtCaseId", Long.toString(source.id()));
            kept.put("dpsCourtCaseIds", String.join(",", copies));
            telemetry.track(NAME + "-leftover-kept", kept);
            return;
        }
        for (String uuid : copies) {
            dps.deleteCourtCase(uuid);
        }
        props.put("dpsLeftoversDeleted", String.join(",", copies));
    }

    /** Every DPS id of the copy, checked against the orphan, as mappings: children first, the case last. */
    private static List<Mapping> mappingsOf(String offenderNo, NomisCourtCase source, BookingCreated copy) {
        Set<String> wanted = new HashSet<>();
        children(source).forEach(child -> wanted.add(child[0] + "/" + child[1]));
        List<Mapping> made = new ArrayList<>();
        add(made, offenderNo, CourtSentencingSync.APPEARANCE, copy.appearances(), wanted, source);
        add(made, offenderNo, CourtSentencingSync.CHARGE, copy.charges(), wanted, source);
        add(made, offenderNo, CourtSentencingSync.SENTENCE, copy.sentences(), wanted, source);
        add(made, offenderNo, CourtSentencingSync.TERM, copy.sentenceTerms(), wanted, source);
        String sourceId = Long.toString(source.id());
        List<Created> cases = copy.courtCases();
        if (cases.size() != 1 || !cases.get(0).nomisId().equals(sourceId)) {
            throw new UpstreamRejected(502, "DPS answered the copy of NOMIS case " + sourceId + " with cases "
                    + cases.stream().map(Created::nomisId).collect(Collectors.joining(",")));
        }
        made.add(Mapping.of(CourtSentencingSync.COURT_CASE, sourceId, uuid(cases.get(0)), offenderNo,
                MappingTypes.NOMIS_CREATED));
        return made;
    }

    private static void add(List<Mapping> made, String offenderNo, String type, List<Created> created,
                            Set<String> wanted, NomisCourtCase source) {
        for (Created c : created) {
            if (!wanted.contains(type + "/" + c.nomisId())) {
                throw new UpstreamRejected(502, "DPS answered the copy of NOMIS case " + source.id() + " with "
                        + type + " " + c.nomisId() + ", which that case does not hold");
            }
            made.add(Mapping.of(type, c.nomisId(), uuid(c), offenderNo, MappingTypes.NOMIS_CREATED));
        }
    }

    private static String uuid(Created created) {
        if (!CourtSentencingEvents.isUuid(created.dpsId())) {
            throw new UpstreamRejected(502, "DPS answered a copy's id that is not a uuid: " + created.dpsId());
        }
        return created.dpsId();
    }

    // --- requests from NOMIS's shapes

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** {@code LegacyCreateCourtCase} of a clone: as NOMIS holds it, on its (the latest) booking. */
    private LegacyCourtCaseUpdate rebooking(String offenderNo, NomisCourtCase clone) {
        return new LegacyCourtCaseUpdate(offenderNo, "A".equals(clone.caseStatus()), clone.bookingId(),
                references(clone, now()));
    }

    /**
     * NOMIS's reference of the case (the primary case info number: what the sync writes and a clone copies; NOMIS's
     * case read here carries no other), dated now, as DPS's legacy data wants one.
     */
    private static List<CaseReference> references(NomisCourtCase c, LocalDateTime now) {
        return c.primaryCaseInfoNumber() == null ? List.of() : List.of(new CaseReference(c.primaryCaseInfoNumber(),
                now));
    }

    /**
     * {@code BookingCreateCourtCase} of an orphan, as NOMIS holds it on its booking: each court event an appearance
     * with the case's offender charges heard there (their result there), each sentence under the first charge of its
     * court event that it sentences (DPS keeps one charge per sentence), with its terms. A charge of another case NOMIS
     * lists at an event is not this case's and is left out.
     */
    static BookingCourtCase bookingCase(NomisCourtCase c, LocalDateTime now) {
        List<BookingAppearance> appearances = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (NomisCourtCase.Event e : c.courtEvents()) {
            List<BookingCharge> charges = new ArrayList<>();
            for (CourtSentencingNomisApi.EventCharge heard : e.charges()) {
                Optional<NomisCourtCase.Charge> charge = c.charge(heard.offenderChargeId());
                if (charge.isEmpty()) {
                    continue;
                }
                BookingSentence sentence = null;
                for (NomisCourtCase.Sentence s : c.sentences()) {
                    if (s.eventId() == e.id() && s.chargeIds().contains(charge.get().id())
                            && placed.add(s.id().key())) {
                        sentence = bookingSentence(s);
                        break;
                    }
                }
                charges.add(new BookingCharge(charge.get().id(), charge.get().offenceCode(),
                        charge.get().offenceDate(), charge.get().offenceEndDate(), heard.resultCode1(), sentence));
            }
            appearances.add(new BookingAppearance(e.id(), e.courtId(), e.eventDateTime().toLocalDate(),
                    e.eventDateTime().toLocalTime(), e.outcomeReasonCode(), e.courtEventType(),
                    e.nextEventDateTime(), charges));
        }
        return new BookingCourtCase(c.id(), "A".equals(c.caseStatus()), c.bookingId(), references(c, now),
                appearances);
    }

    private static BookingSentence bookingSentence(NomisCourtCase.Sentence s) {
        List<BookingPeriodLength> terms = s.terms().stream().map(t -> new BookingPeriodLength(
                new TermId(s.id(), t.termSequence()), t.years(), t.months(), t.weeks(), t.days(),
                t.lifeSentenceFlag(), t.sentenceTermType())).toList();
        return new BookingSentence(s.id(), "A".equals(s.status()), s.calculationType(), s.category(),
                s.startDate(), s.fineAmount(), terms);
    }

    private static Map<String, String> properties(ResyncMessages.CaseBooking read) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offenderNo", read.offenderNo());
        props.put("nomisCourtCaseIds", read.clonedCaseIds().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        props.put("nomisSourceCourtCaseIds", read.sourceCaseIds().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        props.put("fromBookingId", Long.toString(read.fromBookingId()));
        props.put("toBookingId", Long.toString(read.toBookingId()));
        return props;
    }
}
