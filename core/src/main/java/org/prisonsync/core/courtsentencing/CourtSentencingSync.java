package org.prisonsync.core.courtsentencing;

import java.util.List;

/**
 * The court sentencing events DPS publishes (upstream's names, {@code to-nomis-update.md} §2.7), the mapping entity
 * types (one mapping store, typed; NOMIS ids as NOMIS keys them) and the messages of a clone's completion.
 */
public final class CourtSentencingSync {
    public static final String DOMAIN = "courtsentencing";
    /** Mapping type of a NOMIS record written from DPS. */
    public static final String MAPPING_TYPE = "DPS_CREATED";

    /** DPS court case uuid ⇄ NOMIS case id. */
    public static final String COURT_CASE = "COURT_CASE";
    /** DPS appearance uuid ⇄ NOMIS court event id. */
    public static final String APPEARANCE = "COURT_APPEARANCE";
    /** DPS charge uuid ⇄ NOMIS offender charge id. */
    public static final String CHARGE = "COURT_CHARGE";
    /** DPS sentence uuid ⇄ NOMIS {@code <bookingId>:<sentenceSequence>}. */
    public static final String SENTENCE = "COURT_SENTENCE";
    /** DPS period length uuid ⇄ NOMIS {@code <bookingId>:<sentenceSequence>:<termSequence>}. */
    public static final String TERM = "COURT_SENTENCE_TERM";
    /** DPS recall uuid ⇄ NOMIS's recall court event ids, comma-separated ({@code none} when NOMIS made none). */
    public static final String RECALL = "COURT_RECALL";
    /** The entity types a clone moves from the source case to its clone, in the order they are switched. */
    public static final List<String> CLONED_TYPES = List.of(COURT_CASE, APPEARANCE, CHARGE, SENTENCE, TERM);

    public static final String CASE_INSERTED = "court-case.inserted";
    public static final String CASE_UPDATED = "court-case.updated";
    public static final String CASE_DELETED = "court-case.deleted";
    public static final String APPEARANCE_INSERTED = "court-appearance.inserted";
    public static final String APPEARANCE_UPDATED = "court-appearance.updated";
    public static final String APPEARANCE_DELETED = "court-appearance.deleted";
    public static final String CHARGE_INSERTED = "charge.inserted";
    public static final String CHARGE_UPDATED = "charge.updated";
    public static final String CHARGE_DELETED = "charge.deleted";
    public static final String SENTENCE_INSERTED = "sentence.inserted";
    public static final String SENTENCE_FIX_SINGLE_CHARGE_INSERTED = "sentence.fix-single-charge.inserted";
    public static final String SENTENCE_UPDATED = "sentence.updated";
    public static final String SENTENCE_DELETED = "sentence.deleted";
    public static final String PERIOD_LENGTH_INSERTED = "sentence.period-length.inserted";
    public static final String PERIOD_LENGTH_UPDATED = "sentence.period-length.updated";
    public static final String PERIOD_LENGTH_DELETED = "sentence.period-length.deleted";
    public static final String RECALL_INSERTED = "recall.inserted";
    public static final String RECALL_UPDATED = "recall.updated";
    public static final String RECALL_DELETED = "recall.deleted";

    /** Internal, on the to-NOMIS queue: a clone NOMIS answered, to be completed step by step. */
    public static final String CASES_CLONED = "COURT_SENTENCING_CASES_CLONED";
    /**
     * To the from-NOMIS queue, and consumed there ({@link CaseBookingResync}): the cloned cases rebooked in DPS, the
     * orphaned sources copied into DPS as {@code DUPLICATE}.
     */
    public static final String RESYNC_CASE_BOOKING = "courtsentencing.resync.case.booking";
    /**
     * To the from-NOMIS queue, and consumed there ({@link ClonedAdjustmentResync}): one cloned sentence adjustment to
     * create in DPS once.
     */
    public static final String RESYNC_SENTENCE_ADJUSTMENTS = "courtsentencing.resync.sentence-adjustments";

    private CourtSentencingSync() {
    }
}
