package org.prisonsync.core.courtsentencing;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.offers.NomisSentenceAdjustments;
import org.prisonsync.core.prisoners.ActivePrisoners;

/**
 * Court sentencing as a plug-in, to NOMIS (as upstream's {@code courtsentencing} queue): DPS court cases,
 * appearances, charges, sentences, period lengths and recalls become NOMIS's, mapped per entity; a clone NOMIS
 * answers is completed through the to-NOMIS queue and announced on the from-NOMIS queue
 * ({@code courtsentencing.resync.*}, upstream's {@code fromnomiscourtsentencing}), whose messages this domain also
 * consumes: the cloned cases rebooked in DPS, the orphaned sources copied in as {@code DUPLICATE}
 * ({@link CaseBookingResync}), each cloned sentence adjustment created in DPS adjustments once
 * ({@link ClonedAdjustmentResync}, through the create the adjustments domain offers through the kit,
 * {@link NomisSentenceAdjustments}); the repairs redo a clone, resend its messages and resynchronise a case from DPS;
 * the court case reconciliation compares each active prisoner's cases.
 */
public final class CourtSentencingDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("tonomiscourtsentencing",
            "prison-sync-to-nomis-court-sentencing", Direction.TO_NOMIS);
    /** Where the resync messages of a clone go (the from-NOMIS side's court sentencing queue). */
    public static final QueueSpec FROM_NOMIS = QueueSpec.of("fromnomiscourtsentencing",
            "prison-sync-from-nomis-court-sentencing", Direction.FROM_NOMIS);

    private final CourtSentencingNomisApi nomis;
    private final CourtSentencingDpsApi dps;
    private final ActivePrisoners activePrisoners;
    private CourtSentencingRepairs repairs;

    public CourtSentencingDomain(CourtSentencingNomisApi nomis, CourtSentencingDpsApi dps,
                                 ActivePrisoners activePrisoners) {
        this.nomis = nomis;
        this.dps = dps;
        this.activePrisoners = activePrisoners;
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(CourtSentencingSync.DOMAIN)
            .reconciles(CourtCaseReconciliation.NAME);

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
    }

    @Override
    public String name() {
        return CourtSentencingSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(TO_NOMIS, FROM_NOMIS);
    }

    @Override
    public void install(DomainKit kit) {
        SharedPorts shared = kit.shared();
        CaseWrites writes = new CaseWrites(shared.mappings());
        CloneCompletion clones = new CloneCompletion(shared.mappings(), shared.queue(), shared.telemetry(),
                kit.queue(TO_NOMIS.id()).queueName(), kit.queue(FROM_NOMIS.id()).queueName());
        CourtSentencingHandlers handlers = new CourtSentencingHandlers(dps, nomis, writes, kit.createFlow(),
                kit.updateFlow(), clones);
        kit.on(CourtSentencingSync.CASE_INSERTED, handlers.caseInserted())
                .on(CourtSentencingSync.CASE_UPDATED, handlers.caseUpdated())
                .on(CourtSentencingSync.CASE_DELETED, handlers.caseDeleted())
                .on(CourtSentencingSync.APPEARANCE_INSERTED, handlers.appearanceInserted())
                .on(CourtSentencingSync.APPEARANCE_UPDATED, handlers.appearanceUpdated())
                .on(CourtSentencingSync.APPEARANCE_DELETED, handlers.appearanceDeleted())
                .on(CourtSentencingSync.CHARGE_INSERTED, handlers.chargeInserted())
                .on(CourtSentencingSync.CHARGE_UPDATED, handlers.chargeUpdated())
                .on(CourtSentencingSync.CHARGE_DELETED, handlers.chargeDeleted())
                .on(CourtSentencingSync.SENTENCE_INSERTED, handlers.sentenceInserted())
                .on(CourtSentencingSync.SENTENCE_FIX_SINGLE_CHARGE_INSERTED, handlers.sentenceInserted())
                .on(CourtSentencingSync.SENTENCE_UPDATED, handlers.sentenceUpdated())
                .on(CourtSentencingSync.SENTENCE_DELETED, handlers.sentenceDeleted())
                .on(CourtSentencingSync.PERIOD_LENGTH_INSERTED, handlers.periodLengthInserted())
                .on(CourtSentencingSync.PERIOD_LENGTH_UPDATED, handlers.periodLengthUpdated())
                .on(CourtSentencingSync.PERIOD_LENGTH_DELETED, handlers.periodLengthDeleted())
                .on(CourtSentencingSync.RECALL_INSERTED, handlers.recallInserted())
                .on(CourtSentencingSync.RECALL_UPDATED, handlers.recallUpdated())
                .on(CourtSentencingSync.RECALL_DELETED, handlers.recallDeleted())
                .onInternal(CourtSentencingSync.CASES_CLONED, clones::handle);
        CaseBookingResync caseBooking = new CaseBookingResync(nomis, dps, shared.mappings(), shared.claims(),
                shared.telemetry(), shared.clock(), kit.settings());
        ClonedAdjustmentResync adjustments = new ClonedAdjustmentResync(kit.offered(
                NomisSentenceAdjustments.class));
        kit.onInternal(CourtSentencingSync.RESYNC_CASE_BOOKING, caseBooking::handle)
                .onInternal(CourtSentencingSync.RESYNC_SENTENCE_ADJUSTMENTS, adjustments::handle);
        repairs = new CourtSentencingRepairs(dps, nomis, writes, clones, handlers);
        kit.reconciliation(new CourtCaseReconciliation(activePrisoners, nomis, dps, shared.mappings()));
    }

    /** The clone and case repairs (dry run first). */
    public CourtSentencingRepairs repairs() {
        if (repairs == null) {
            throw new IllegalStateException("the court sentencing domain is not installed in a core yet");
        }
        return repairs;
    }
}
