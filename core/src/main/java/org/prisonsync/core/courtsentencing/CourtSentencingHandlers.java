package org.prisonsync.core.courtsentencing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyPeriodLength;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyRecall;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacySentence;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.AppearanceRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.ChargeRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.CourtCaseRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.RecallRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.RecallSentence;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.ReturnToCustody;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.SentenceRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.TermRequest;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.Steps;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.sync.UpdateRequest;

/**
 * The court sentencing handlers. Each create reads DPS and resolves its parents' NOMIS ids first (a parent not
 * mapped yet is retried: DPS publishes a hierarchy's events together), then goes through the shared
 * {@link CreateFlow} (claim before write; a resumed create adopts the unmapped NOMIS record an earlier attempt
 * left); updates re-read DPS through the {@link UpdateFlow}; deletes remove the NOMIS record, then the mapping. An
 * event NOMIS made ({@code source} NOMIS) is not written back. An appearance or recall NOMIS answers with clones
 * hands them to {@link CloneCompletion}.
 */
final class CourtSentencingHandlers {
    private final CourtSentencingDpsApi dps;
    private final CourtSentencingNomisApi nomis;
    private final CaseWrites writes;
    private final CreateFlow create;
    private final UpdateFlow update;
    private final CloneCompletion clones;

    CourtSentencingHandlers(CourtSentencingDpsApi dps, CourtSentencingNomisApi nomis, CaseWrites writes,
                            CreateFlow create, UpdateFlow update, CloneCompletion clones) {
        this.dps = dps;
        this.nomis = nomis;
        this.writes = writes;
        this.create = create;
        this.update = update;
        this.clones = clones;
    }

    /** Reads the event (refusing a bad one) and skips NOMIS's own changes. */
    private EventHandler handler(String entity, String verb, String[] required, Handling handling) {
        return (notification, context) -> {
            CourtSentencingEvents.Read read = CourtSentencingEvents.read(notification.asDomainEvent(), required);
            Map<String, String> props = read.properties();
            if (read.fromNomis()) {
                return new SyncOutcome.Ignored(entity + "-" + verb + "-ignored", props,
                        "made in NOMIS: nothing to write back");
            }
            return guard(entity + "-" + verb, props, () -> handling.handle(read, props, context));
        };
    }

    @FunctionalInterface
    private interface Handling {
        SyncOutcome handle(CourtSentencingEvents.Read read, Map<String, String> props, MessageContext context);
    }

    private static String[] fields(String... names) {
        return names;
    }

    private static <T> T found(Optional<T> record, String what, String id) {
        return record.orElseThrow(() -> new NotInDps(what + " " + id + " not found in DPS"));
    }

    /** DPS does not have the record (yet): retried, then dead-lettered with this reason. */
    static final class NotInDps extends RuntimeException {
        NotInDps(String message) {
            super(message, null, false, false);
        }
    }

    // --- court cases

    EventHandler caseInserted() {
        return handler("court-case", "create", fields("courtCaseId"), (read, props, context) -> {
            String uuid = read.require("courtCaseId");
            LegacyCourtCase courtCase = found(dps.courtCase(uuid), "court case", uuid);
            CourtCaseRequest request = CaseWrites.caseRequest(courtCase);
            return create.run(new CreateRequest<>("court-case", CourtSentencingSync.COURT_CASE, uuid,
                    read.prisonerNumber(), CourtSentencingSync.MAPPING_TYPE, props, () -> Optional.of(courtCase),
                    (c, resumed) -> {
                        if (resumed) {
                            for (NomisCourtCase existing : nomis.courtCases(read.prisonerNumber())) {
                                if (unmapped(CourtSentencingSync.COURT_CASE, existing.id())
                                        && existing.courtId().equals(request.courtId())
                                        && existing.beginDate().equals(request.startDate())
                                        && Objects.equals(existing.primaryCaseInfoNumber(),
                                        request.caseReference())) {
                                    return TargetWrite.found(existing.id());
                                }
                            }
                        }
                        return TargetWrite.created(nomis.createCourtCase(read.prisonerNumber(), request));
                    }), context);
        });
    }

    EventHandler caseUpdated() {
        return handler("court-case", "update", fields("courtCaseId"), (read, props, context) -> {
            String uuid = read.require("courtCaseId");
            return update.run(new UpdateRequest<LegacyCourtCase>("court-case", "update",
                    CourtSentencingSync.COURT_CASE, uuid, read.prisonerNumber(), props, () -> dps.courtCase(uuid),
                    (c, mapping) -> nomis.updateCourtCase(read.prisonerNumber(), CaseWrites.number(mapping,
                            "court case"), CaseWrites.status(c.active()))), context);
        });
    }

    EventHandler caseDeleted() {
        return handler("court-case", "delete", fields("courtCaseId"), (read, props, context) ->
                delete(read, props, context, CourtSentencingSync.COURT_CASE, read.require("courtCaseId"),
                        "court-case", mapping -> nomis.deleteCourtCase(read.prisonerNumber(),
                                CaseWrites.number(mapping, "court case"))));
    }

    // --- appearances

    EventHandler appearanceInserted() {
        return handler("court-appearance", "create", fields("courtAppearanceId"), (read, props, context) -> {
            String uuid = read.require("courtAppearanceId");
            LegacyCourtAppearance appearance = found(dps.appearance(uuid), "court appearance", uuid);
            long caseId = writes.caseOf(appearance.courtCaseUuid());
            AppearanceRequest request = writes.appearanceRequest(appearance);
            return create.run(new CreateRequest<>("court-appearance", CourtSentencingSync.APPEARANCE, uuid,
                    read.prisonerNumber(), CourtSentencingSync.MAPPING_TYPE, props, () -> Optional.of(appearance),
                    (a, resumed) -> writeAppearance(read.prisonerNumber(), caseId, request, resumed)), context);
        });
    }

    /** Creates the appearance (adopting an unmapped one on a resumed create); a clone NOMIS answers is completed. */
    TargetWrite writeAppearance(String offenderNo, long caseId, AppearanceRequest request, boolean adopt) {
        if (adopt) {
            Optional<NomisCourtCase> courtCase = nomis.courtCase(offenderNo, caseId);
            for (NomisCourtCase.Event event : courtCase.map(NomisCourtCase::courtEvents).orElse(List.of())) {
                if (event.eventDateTime().equals(request.eventDateTime())
                        && event.courtId().equals(request.courtId())
                        && event.courtEventType().equals(request.courtEventType())
                        && unmapped(CourtSentencingSync.APPEARANCE, event.id())) {
                    return TargetWrite.found(event.id());
                }
            }
        }
        CourtSentencingNomisApi.CreatedAppearance created = nomis.createAppearance(offenderNo, caseId, request);
        if (!created.clonedCourtCases().isEmpty()) {
            clones.start("court-appearance", ClonePlan.of(offenderNo, created.clonedCourtCases()));
        }
        return TargetWrite.created(created.id());
    }

    EventHandler appearanceUpdated() {
        return handler("court-appearance", "update", fields("courtAppearanceId"), (read, props, context) -> {
            String uuid = read.require("courtAppearanceId");
            return update.run(new UpdateRequest<LegacyCourtAppearance>("court-appearance", "update",
                    CourtSentencingSync.APPEARANCE, uuid, read.prisonerNumber(), props, () -> dps.appearance(uuid),
                    (a, mapping) -> nomis.updateAppearance(read.prisonerNumber(), writes.caseOf(a.courtCaseUuid()),
                            CaseWrites.number(mapping, "court appearance"), writes.appearanceRequest(a))), context);
        });
    }

    EventHandler appearanceDeleted() {
        return handler("court-appearance", "delete", fields("courtAppearanceId", "courtCaseId"),
                (read, props, context) -> delete(read, props, context, CourtSentencingSync.APPEARANCE,
                        read.require("courtAppearanceId"), "court-appearance", mapping -> {
                            Optional<Long> caseId = mappedCase(read.require("courtCaseId"));
                            // with its case gone from NOMIS, the appearance went with it
                            caseId.ifPresent(id -> nomis.deleteAppearance(read.prisonerNumber(), id,
                                    CaseWrites.number(mapping, "court appearance")));
                        }));
    }

    // --- charges

    EventHandler chargeInserted() {
        return handler("charge", "create", fields("courtChargeId", "courtCaseId"), (read, props, context) -> {
            String uuid = read.require("courtChargeId");
            String appearanceUuid = read.ids().get("courtAppearanceId");
            LegacyCharge charge = found(appearanceUuid == null ? dps.charge(uuid)
                    : dps.appearanceCharge(appearanceUuid, uuid), "charge", uuid);
            long caseId = writes.caseOf(charge.courtCaseUuid());
            ChargeRequest request = CaseWrites.chargeRequest(charge);
            SyncOutcome created = create.run(new CreateRequest<>("charge", CourtSentencingSync.CHARGE, uuid,
                    read.prisonerNumber(), CourtSentencingSync.MAPPING_TYPE, props, () -> Optional.of(charge),
                    (c, resumed) -> {
                        if (resumed) {
                            for (NomisCourtCase.Charge existing : nomis.courtCase(read.prisonerNumber(), caseId)
                                    .map(NomisCourtCase::offenderCharges).orElse(List.of())) {
                                if (existing.offenceCode().equals(request.offenceCode())
                                        && Objects.equals(existing.offenceDate(), request.offenceDate())
                                        && unmapped(CourtSentencingSync.CHARGE, existing.id())) {
                                    return TargetWrite.found(existing.id());
                                }
                            }
                        }
                        return TargetWrite.created(nomis.createCharge(read.prisonerNumber(), caseId, request));
                    }), context);
            boolean mapped = created instanceof SyncOutcome.Synced || created instanceof SyncOutcome.AlreadyMapped;
            if (!mapped || appearanceUuid == null) {
                return created;
            }
            // The charge as heard at its appearance: an upsert of the court event charge, so a redelivery or the
            // appearance's own create (which links the charges mapped by then) leaves one
            long eventId = writes.appearanceOf(appearanceUuid);
            nomis.updateCharge(read.prisonerNumber(), caseId, eventId, writes.chargeOf(uuid), request);
            context.step(Steps.NOMIS_WRITTEN, "linkedToAppearance", Long.toString(eventId));
            return created;
        });
    }

    EventHandler chargeUpdated() {
        return handler("charge", "update", fields("courtChargeId", "courtAppearanceId"), (read, props, context) -> {
            String uuid = read.require("courtChargeId");
            String appearanceUuid = read.require("courtAppearanceId");
            return update.run(new UpdateRequest<LegacyCharge>("charge", "update", CourtSentencingSync.CHARGE, uuid,
                    read.prisonerNumber(), props, () -> dps.appearanceCharge(appearanceUuid, uuid),
                    (c, mapping) -> nomis.updateCharge(read.prisonerNumber(), writes.caseOf(c.courtCaseUuid()),
                            writes.appearanceOf(appearanceUuid), CaseWrites.number(mapping, "charge"),
                            CaseWrites.chargeRequest(c))), context);
        });
    }

    /**
     * {@code charge.deleted}: NOMIS has no delete of an offender charge; the charge leaves NOMIS when its appearance
     * is rewritten without it (NOMIS deletes an offender charge no court event holds any more), then its mapping.
     */
    EventHandler chargeDeleted() {
        return handler("charge", "delete", fields("courtChargeId", "courtAppearanceId"), (read, props, context) -> {
            String uuid = read.require("courtChargeId");
            String appearanceUuid = read.require("courtAppearanceId");
            if (writes.mappings().findByDpsId(CourtSentencingSync.CHARGE, uuid).isEmpty()) {
                return new SyncOutcome.Ignored("charge-delete-ignored", props,
                        "no mapping for charge " + uuid + ": nothing in NOMIS to delete");
            }
            Optional<LegacyCourtAppearance> appearance = dps.appearance(appearanceUuid);
            Optional<Mapping> appearanceMapping = writes.mappings().findByDpsId(CourtSentencingSync.APPEARANCE,
                    appearanceUuid);
            if (appearance.isPresent() && appearanceMapping.isPresent()) {
                nomis.updateAppearance(read.prisonerNumber(), writes.caseOf(appearance.get().courtCaseUuid()),
                        CaseWrites.number(appearanceMapping.get(), "court appearance"),
                        writes.appearanceRequest(appearance.get()));
                context.step(Steps.NOMIS_WRITTEN);
            }
            writes.mappings().deleteByDpsId(CourtSentencingSync.CHARGE, uuid);
            return new SyncOutcome.Synced("charge-delete-success", props);
        });
    }

    // --- sentences

    EventHandler sentenceInserted() {
        return handler("sentence", "create", fields("sentenceId"), (read, props, context) -> {
            String uuid = read.require("sentenceId");
            LegacySentence sentence = found(dps.sentence(uuid), "sentence", uuid);
            long caseId = writes.caseOf(sentence.courtCaseId());
            SentenceRequest request = writes.sentenceRequest(sentence);
            return create.run(new CreateRequest<>("sentence", CourtSentencingSync.SENTENCE, uuid,
                    read.prisonerNumber(), CourtSentencingSync.MAPPING_TYPE, props, () -> Optional.of(sentence),
                    (s, resumed) -> {
                        if (resumed) {
                            for (NomisCourtCase.Sentence existing : nomis.courtCase(read.prisonerNumber(), caseId)
                                    .map(NomisCourtCase::sentences).orElse(List.of())) {
                                if (existing.calculationType().equals(request.sentenceCalcType())
                                        && existing.startDate().equals(request.startDate())
                                        && existing.chargeIds().equals(request.offenderChargeIds())
                                        && unmapped(CourtSentencingSync.SENTENCE, existing.id().key())) {
                                    return TargetWrite.found(existing.id().key());
                                }
                            }
                        }
                        return TargetWrite.created(nomis.createSentence(read.prisonerNumber(), caseId, request)
                                .key());
                    }), context);
        });
    }

    EventHandler sentenceUpdated() {
        return handler("sentence", "update", fields("sentenceId"), (read, props, context) -> {
            String uuid = read.require("sentenceId");
            return update.run(new UpdateRequest<LegacySentence>("sentence", "update", CourtSentencingSync.SENTENCE,
                    uuid, read.prisonerNumber(), props, () -> dps.sentence(uuid),
                    (s, mapping) -> nomis.updateSentence(read.prisonerNumber(), writes.caseOf(s.courtCaseId()),
                            CaseWrites.sentenceOf(mapping).sentenceSequence(), writes.sentenceRequest(s))), context);
        });
    }

    EventHandler sentenceDeleted() {
        return handler("sentence", "delete", fields("sentenceId", "courtCaseId"), (read, props, context) ->
                delete(read, props, context, CourtSentencingSync.SENTENCE, read.require("sentenceId"), "sentence",
                        mapping -> mappedCase(read.require("courtCaseId")).ifPresent(caseId ->
                                nomis.deleteSentence(read.prisonerNumber(), caseId,
                                        CaseWrites.sentenceOf(mapping).sentenceSequence()))));
    }

    // --- period lengths (NOMIS sentence terms)

    EventHandler periodLengthInserted() {
        return handler("sentence-term", "create", fields("periodLengthId"), (read, props, context) -> {
            String uuid = read.require("periodLengthId");
            LegacyPeriodLength period = found(dps.periodLength(uuid), "period length", uuid);
            SentenceId sentence = writes.sentenceOf(period.sentenceUuid());
            long caseId = writes.caseOf(period.courtCaseId());
            TermRequest request = CaseWrites.termRequest(period);
            return create.run(new CreateRequest<>("sentence-term", CourtSentencingSync.TERM, uuid,
                    read.prisonerNumber(), CourtSentencingSync.MAPPING_TYPE, props, () -> Optional.of(period),
                    (p, resumed) -> {
                        if (resumed) {
                            for (NomisCourtCase.Term term : nomis.courtCase(read.prisonerNumber(), caseId)
                                    .flatMap(c -> c.sentence(sentence.sentenceSequence()))
                                    .map(NomisCourtCase.Sentence::terms).orElse(List.of())) {
                                String key = new TermId(sentence, term.termSequence()).key();
                                if (CaseWrites.describes(request, term) && unmapped(CourtSentencingSync.TERM, key)) {
                                    return TargetWrite.found(key);
                                }
                            }
                        }
                        return TargetWrite.created(nomis.createTerm(read.prisonerNumber(), caseId,
                                sentence.sentenceSequence(), request).key());
                    }), context);
        });
    }

    EventHandler periodLengthUpdated() {
        return handler("sentence-term", "update", fields("periodLengthId"), (read, props, context) -> {
            String uuid = read.require("periodLengthId");
            return update.run(new UpdateRequest<LegacyPeriodLength>("sentence-term", "update",
                    CourtSentencingSync.TERM, uuid, read.prisonerNumber(), props, () -> dps.periodLength(uuid),
                    (p, mapping) -> {
                        TermId term = CaseWrites.termOf(mapping);
                        nomis.updateTerm(read.prisonerNumber(), writes.caseOf(p.courtCaseId()),
                                term.sentence().sentenceSequence(), term.termSequence(), CaseWrites.termRequest(p));
                    }), context);
        });
    }

    EventHandler periodLengthDeleted() {
        return handler("sentence-term", "delete", fields("periodLengthId", "courtCaseId"), (read, props, context) ->
                delete(read, props, context, CourtSentencingSync.TERM, read.require("periodLengthId"),
                        "sentence-term", mapping -> mappedCase(read.require("courtCaseId")).ifPresent(caseId -> {
                            TermId term = CaseWrites.termOf(mapping);
                            nomis.deleteTerm(read.prisonerNumber(), caseId, term.sentence().sentenceSequence(),
                                    term.termSequence());
                        })));
    }

    // --- recalls

    EventHandler recallInserted() {
        return handler("recall", "create", fields("recallId"), (read, props, context) -> {
            String uuid = read.require("recallId");
            LegacyRecall recall = found(dps.recall(uuid), "recall", uuid);
            RecallRequest request = recallRequest(recall);
            return create.run(new CreateRequest<>("recall", CourtSentencingSync.RECALL, uuid,
                    read.prisonerNumber(), CourtSentencingSync.MAPPING_TYPE, props, () -> Optional.of(recall),
                    (r, resumed) -> {
                        CourtSentencingNomisApi.RecallResult result = nomis.convertToRecall(read.prisonerNumber(),
                                request);
                        if (!result.clonedCourtCases().isEmpty()) {
                            clones.start("recall", ClonePlan.of(read.prisonerNumber(), result.clonedCourtCases()));
                        }
                        return TargetWrite.created(recallKey(uuid, result.courtEventIds()));
                    }), context);
        });
    }

    EventHandler recallUpdated() {
        return handler("recall", "update", fields("recallId"), (read, props, context) -> {
            String uuid = read.require("recallId");
            return update.run(new UpdateRequest<LegacyRecall>("recall", "update", CourtSentencingSync.RECALL, uuid,
                    read.prisonerNumber(), props, () -> dps.recall(uuid),
                    (r, mapping) -> nomis.updateRecall(read.prisonerNumber(), recallRequest(r),
                            recallEvents(mapping))), context);
        });
    }

    EventHandler recallDeleted() {
        return handler("recall", "delete", fields("recallId"), (read, props, context) ->
                delete(read, props, context, CourtSentencingSync.RECALL, read.require("recallId"), "recall",
                        mapping -> nomis.deleteRecall(read.prisonerNumber(), recallSentences(read.sentenceIds()),
                                recallEvents(mapping))));
    }

    RecallRequest recallRequest(LegacyRecall recall) {
        if (recall.revocationDate() == null) {
            throw new UpstreamRejected(422, "DPS recall " + recall.recallUuid() + " has no revocation date");
        }
        ReturnToCustody rtc = recall.returnToCustodyDate() == null ? null : new ReturnToCustody(
                recall.returnToCustodyDate(), recall.recallBy(), recallLength(recall.recallType()));
        return new RecallRequest(recallSentences(recall.sentenceIds()), rtc, recall.revocationDate());
    }

    private List<RecallSentence> recallSentences(List<String> sentenceUuids) {
        List<RecallSentence> sentences = new ArrayList<>();
        for (String sentenceUuid : sentenceUuids) {
            SentenceId id = writes.sentenceOf(sentenceUuid);
            LegacySentence sentence = found(dps.sentence(sentenceUuid), "sentence", sentenceUuid);
            sentences.add(new RecallSentence(id, sentence.sentenceCategory(), sentence.sentenceCalcType(), true));
        }
        return sentences;
    }

    /** The days of a fixed-term recall ({@code FTR_14}, {@code FTR_HDC_28} …); 0 for a standard recall. */
    static int recallLength(String recallType) {
        if (recallType == null) {
            return 0;
        }
        int underscore = recallType.lastIndexOf('_');
        if (!recallType.startsWith("FTR") || underscore < 0) {
            return 0;
        }
        return org.prisonsync.core.message.Ids.parsePositiveInt(recallType.substring(underscore + 1)).orElse(0);
    }

    static String recallKey(String recallUuid, List<Long> courtEventIds) {
        return courtEventIds.isEmpty() ? "none:" + recallUuid
                : courtEventIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> recallEvents(Mapping mapping) {
        if (mapping.nomisId().startsWith("none:")) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String id : mapping.nomisId().split(",")) {
            ids.add(org.prisonsync.core.message.Ids.parsePositiveLong(id).orElseThrow(() -> new UpstreamRejected(
                    422, "the mapping of recall " + mapping.dpsId() + " names no NOMIS court events: "
                    + mapping.nomisId())));
        }
        return ids;
    }

    // --- shared

    private SyncOutcome delete(CourtSentencingEvents.Read read, Map<String, String> props, MessageContext context,
                               String type, String dpsId, String entity,
                               java.util.function.Consumer<Mapping> deleteInNomis) {
        Optional<Mapping> mapping = writes.mappings().findByDpsId(type, dpsId);
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored(entity + "-delete-ignored", props,
                    "no mapping for " + entity + " " + dpsId + ": nothing in NOMIS to delete");
        }
        props.put("nomisId", mapping.get().nomisId());
        deleteInNomis.accept(mapping.get());
        context.step(Steps.NOMIS_WRITTEN);
        writes.mappings().deleteByDpsId(type, dpsId);
        return new SyncOutcome.Synced(entity + "-delete-success", props);
    }

    private Optional<Long> mappedCase(String dpsCaseUuid) {
        return writes.mappings().findByDpsId(CourtSentencingSync.COURT_CASE, dpsCaseUuid)
                .map(m -> CaseWrites.number(m, "court case"));
    }

    private boolean unmapped(String type, Object nomisId) {
        return writes.mappings().findByNomisId(type, String.valueOf(nomisId)).isEmpty();
    }

    /** A parent not there yet is retried ({@code -awaiting-parent}); DPS or an upstream failing too. */
    static SyncOutcome guard(String prefix, Map<String, String> props, Supplier<SyncOutcome> work) {
        try {
            return work.get();
        } catch (CaseWrites.AwaitingParent | NotInDps e) {
            Map<String, String> withReason = new LinkedHashMap<>(props);
            withReason.put("reason", e.getMessage());
            String suffix = e instanceof NotInDps ? "-failed" : "-awaiting-parent";
            return new SyncOutcome.RetryLater(prefix + suffix, withReason, e.getMessage());
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(prefix + "-failed", props, e);
        }
    }

}
