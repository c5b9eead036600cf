package org.prisonsync.core.courtsentencing;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyPeriodLength;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacySentence;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.AppearanceRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.ChargeRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.CourtCaseRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.EventCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.SentenceRequest;
import org.prisonsync.core.courtsentencing.CourtSentencingNomisApi.TermRequest;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Ids;

/**
 * What every handler and repair shares: a parent's NOMIS id from its mapping (a parent not mapped yet is
 * {@link AwaitingParent}, retried, since DPS publishes a hierarchy's events together), and NOMIS's requests made
 * from DPS's legacy shapes.
 */
final class CaseWrites {
    /** NOMIS's legal case type for the cases DPS creates (adult). */
    static final String LEGAL_CASE_TYPE = "A";
    /** NOMIS's sentence level for a sentence of one charge (indictment). */
    static final String SENTENCE_LEVEL = "IND";

    private final MappingStore mappings;

    CaseWrites(MappingStore mappings) {
        this.mappings = mappings;
    }

    /** A parent (case, appearance, charge, sentence) that is not mapped yet. */
    static final class AwaitingParent extends RuntimeException {
        AwaitingParent(String message) {
            super(message, null, false, false);
        }
    }

    MappingStore mappings() {
        return mappings;
    }

    long caseOf(String dpsCaseUuid) {
        return number(CourtSentencingSync.COURT_CASE, dpsCaseUuid, "court case");
    }

    long appearanceOf(String dpsAppearanceUuid) {
        return number(CourtSentencingSync.APPEARANCE, dpsAppearanceUuid, "court appearance");
    }

    long chargeOf(String dpsChargeUuid) {
        return number(CourtSentencingSync.CHARGE, dpsChargeUuid, "charge");
    }

    Optional<Long> mappedCharge(String dpsChargeUuid) {
        return mappings.findByDpsId(CourtSentencingSync.CHARGE, dpsChargeUuid)
                .map(m -> parse(m, "charge"));
    }

    SentenceId sentenceOf(String dpsSentenceUuid) {
        Mapping mapping = require(CourtSentencingSync.SENTENCE, dpsSentenceUuid, "sentence");
        return SentenceId.parseKey(mapping.nomisId()).orElseThrow(() -> badMapping(mapping, "sentence"));
    }

    static TermId termOf(Mapping mapping) {
        return TermId.parseKey(mapping.nomisId()).orElseThrow(() -> badMapping(mapping, "sentence term"));
    }

    static SentenceId sentenceOf(Mapping mapping) {
        return SentenceId.parseKey(mapping.nomisId()).orElseThrow(() -> badMapping(mapping, "sentence"));
    }

    static long number(Mapping mapping, String what) {
        return parse(mapping, what);
    }

    private long number(String type, String dpsId, String what) {
        return parse(require(type, dpsId, what), what);
    }

    private Mapping require(String type, String dpsId, String what) {
        return mappings.findByDpsId(type, dpsId).orElseThrow(() ->
                new AwaitingParent("no mapping yet for " + what + " " + dpsId));
    }

    private static long parse(Mapping mapping, String what) {
        return Ids.parsePositiveLong(mapping.nomisId()).orElseThrow(() -> badMapping(mapping, what));
    }

    private static UpstreamRejected badMapping(Mapping mapping, String what) {
        return new UpstreamRejected(422, "the mapping of " + what + " " + mapping.dpsId() + " names no NOMIS "
                + what + ": " + mapping.nomisId());
    }

    // --- requests from DPS's shapes

    static CourtCaseRequest caseRequest(LegacyCourtCase courtCase) {
        if (courtCase.courtId() == null || courtCase.startDate() == null) {
            throw new UpstreamRejected(422, "DPS court case " + courtCase.courtCaseUuid()
                    + " has no court or start date yet");
        }
        return new CourtCaseRequest(courtCase.startDate(), LEGAL_CASE_TYPE, courtCase.courtId(),
                status(courtCase.active()), courtCase.caseReference());
    }

    static String status(boolean active) {
        return active ? "A" : "I";
    }

    /** The appearance with each of its charges NOMIS already has (a charge not mapped yet is linked when it is). */
    AppearanceRequest appearanceRequest(LegacyCourtAppearance appearance) {
        List<EventCharge> charges = new ArrayList<>();
        for (LegacyCharge charge : appearance.charges()) {
            mappedCharge(charge.lifetimeUuid()).ifPresent(id -> charges.add(new EventCharge(id,
                    charge.nomisOutcomeCode())));
        }
        var next = appearance.nextCourtAppearance();
        return new AppearanceRequest(appearance.appearanceDate().atTime(appearance.appearanceTime()),
                appearance.nomisAppearanceTypeCode(), appearance.courtCode(), appearance.nomisOutcomeCode(),
                next == null ? null : next.appearanceDate().atTime(next.appearanceTime() == null ? LocalTime.MIDNIGHT
                        : next.appearanceTime()),
                charges, next == null ? null : next.courtId(), appearance.comments());
    }

    static ChargeRequest chargeRequest(LegacyCharge charge) {
        return new ChargeRequest(charge.offenceCode(), charge.offenceStartDate(), charge.offenceEndDate(),
                charge.nomisOutcomeCode());
    }

    SentenceRequest sentenceRequest(LegacySentence sentence) {
        long eventId = appearanceOf(sentence.appearanceUuid());
        long chargeId = chargeOf(sentence.chargeLifetimeUuid());
        Long consecutiveTo = sentence.consecutiveToLifetimeUuid() == null ? null
                : sentenceOf(sentence.consecutiveToLifetimeUuid()).sentenceSequence();
        return new SentenceRequest(sentence.sentenceStartDate(), status(sentence.active()),
                sentence.sentenceCategory(), sentence.sentenceCalcType(), SENTENCE_LEVEL, sentence.fineAmount(),
                List.of(chargeId), consecutiveTo, eventId);
    }

    static TermRequest termRequest(LegacyPeriodLength period) {
        return new TermRequest(period.periodYears(), period.periodMonths(), period.periodWeeks(),
                period.periodDays(), period.sentenceTermCode(), Boolean.TRUE.equals(period.isLifeSentence()));
    }

    /** True when NOMIS's term is what the request would write (a resumed create adopts it). */
    static boolean describes(TermRequest request, NomisCourtCase.Term term) {
        return java.util.Objects.equals(request.years(), term.years())
                && java.util.Objects.equals(request.months(), term.months())
                && java.util.Objects.equals(request.weeks(), term.weeks())
                && java.util.Objects.equals(request.days(), term.days())
                && java.util.Objects.equals(request.sentenceTermType(), term.sentenceTermType())
                && request.lifeSentenceFlag() == term.lifeSentenceFlag();
    }
}
