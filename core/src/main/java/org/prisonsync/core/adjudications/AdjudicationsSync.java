package org.prisonsync.core.adjudications;

import java.util.List;
import org.prisonsync.core.kit.DomainKit;

/**
 * The adjudications events upstream publishes and the names the sync keeps them under: mapping entity types (one
 * mapping store, typed), telemetry prefixes and the claim every write to one charge's outcome and awards takes.
 */
public final class AdjudicationsSync {
    public static final String DOMAIN = "adjudications";
    /** Mapping type of a NOMIS record written from DPS (upstream's {@code ADJUDICATION_CREATED}). */
    public static final String MAPPING_TYPE = "ADJUDICATION_CREATED";
    /** DPS charge number ⇄ NOMIS {@code <adjudicationNumber>:<chargeSequence>}. */
    public static final String ADJUDICATION = "ADJUDICATION";
    /** DPS hearing id ⇄ NOMIS {@code <hearingId>:<chargeSequence>} ({@link NomisHearingKey}). */
    public static final String HEARING = "ADJUDICATION_HEARING";
    /** DPS punishment id ⇄ NOMIS {@code <bookingId>:<sanctionSequence>}. */
    public static final String PUNISHMENT = "ADJUDICATION_PUNISHMENT";
    /** The claim on one charge's hearing results and awards: one writer at a time. */
    public static final String CHARGE_CLAIM = "ADJUDICATION_CHARGE";

    public static final String REPORT_CREATED = "adjudication.report.created";
    public static final String DAMAGES_UPDATED = "adjudication.damages.updated";
    public static final String EVIDENCE_UPDATED = "adjudication.evidence.updated";
    public static final String HEARING_CREATED = "adjudication.hearing.created";
    public static final String HEARING_UPDATED = "adjudication.hearing.updated";
    public static final String HEARING_DELETED = "adjudication.hearing.deleted";
    public static final List<String> OUTCOME_UPSERTS = List.of("adjudication.hearingCompleted.created",
            "adjudication.hearingAdjourn.created", "adjudication.hearingReferral.created",
            "adjudication.referral.outcome.prosecution", "adjudication.referral.outcome.notProceed",
            "adjudication.referral.outcome.referGov", "adjudication.outcome.referPolice",
            "adjudication.outcome.notProceed", "adjudication.hearingOutcome.updated");
    public static final List<String> OUTCOME_DELETES = List.of("adjudication.hearingCompleted.deleted",
            "adjudication.hearingAdjourn.deleted", "adjudication.hearingReferral.deleted",
            "adjudication.referral.outcome.deleted", "adjudication.referral.deleted",
            "adjudication.outcome.notProceed.deleted");
    public static final String PUNISHMENTS_CREATED = "adjudication.punishments.created";
    public static final String PUNISHMENTS_UPDATED = "adjudication.punishments.updated";
    public static final String PUNISHMENTS_DELETED = "adjudication.punishments.deleted";
    public static final String OUTCOME_QUASHED = "adjudication.outcome.quashed";
    public static final String OUTCOME_UNQUASHED = "adjudication.outcome.unquashed";

    private AdjudicationsSync() {
    }

    static void register(DomainKit kit, AdjudicationHandlers handlers, AdjudicationsDpsApi dps,
                         AdjudicationsNomisApi nomis) {
        kit.on(REPORT_CREATED, handlers::reportCreated)
                .on(DAMAGES_UPDATED, handlers.reportUpdated("damages", false))
                .on(EVIDENCE_UPDATED, handlers.reportUpdated("evidence", true))
                .on(HEARING_CREATED, handlers::hearingCreated)
                .on(HEARING_UPDATED, handlers::hearingUpdated)
                .on(HEARING_DELETED, handlers::hearingDeleted)
                .on(PUNISHMENTS_CREATED, handlers.punishments("create"))
                .on(PUNISHMENTS_UPDATED, handlers.punishments("update"))
                .on(PUNISHMENTS_DELETED, handlers.punishments("delete"))
                .on(OUTCOME_QUASHED, handlers::quashed)
                .on(OUTCOME_UNQUASHED, handlers::unquashed)
                .onMappingRetry("adjudication", ADJUDICATION, MAPPING_TYPE,
                        AdjudicationMappingFacts.charges(nomis, dps))
                .onMappingRetry("hearing", HEARING, MAPPING_TYPE, AdjudicationMappingFacts.hearings(nomis));
        OUTCOME_UPSERTS.forEach(type -> kit.on(type, handlers.outcome("upsert")));
        OUTCOME_DELETES.forEach(type -> kit.on(type, handlers.outcome("deleted")));
    }
}
