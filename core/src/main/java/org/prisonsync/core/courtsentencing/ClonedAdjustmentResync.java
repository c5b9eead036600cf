package org.prisonsync.core.courtsentencing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.offers.NomisSentenceAdjustments;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code courtsentencing.resync.sentence-adjustments}: one sentence adjustment NOMIS copied onto a cloned sentence,
 * created in DPS adjustments once (seed 000: one message per adjustment, so that each is "guaranteed to succeed
 * eventually and only ever created one adjustment"). The create is the adjustments domain's own, which it offers
 * through the kit ({@link NomisSentenceAdjustments}: its ports, its claim and its {@code SENTENCE:id} mapping), so a
 * redelivery, a second consumer, or NOMIS's own upsert event for the same adjustment finds it mapped instead of
 * creating it twice. Without the adjustments domain installed nothing offers it: the message is dead-lettered at once
 * saying so, to be retried once it is.
 */
final class ClonedAdjustmentResync {
    static final String NAME = "court-sentence-adjustment-resynchronisation";

    private final Supplier<Optional<NomisSentenceAdjustments>> adjustments;

    ClonedAdjustmentResync(Supplier<Optional<NomisSentenceAdjustments>> adjustments) {
        this.adjustments = adjustments;
    }

    SyncOutcome handle(InternalMessage message, MessageContext context) {
        ResyncMessages.ClonedAdjustment read = ResyncMessages.clonedAdjustment(message);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offenderNo", read.offenderNo());
        props.put("sentenceSequence", Long.toString(read.sentenceId().sentenceSequence()));
        props.put("origin", CourtSentencingSync.RESYNC_SENTENCE_ADJUSTMENTS);
        Optional<NomisSentenceAdjustments> offered = adjustments.get();
        if (offered.isEmpty()) {
            String reason = "no installed domain creates NOMIS sentence adjustments in DPS (the adjustments domain "
                    + "offers it): NOMIS adjustment " + read.adjustmentId() + " was not created";
            props.put("reason", reason);
            return new SyncOutcome.Rejected(NAME + "-refused", props, reason);
        }
        return offered.get().createOnce(read.adjustmentId(), read.offenderNo(), read.sentenceId().offenderBookingId(),
                read.sentenceId().sentenceSequence(), props, context);
    }
}
