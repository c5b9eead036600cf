package org.prisonsync.core.offers;

import java.util.Map;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * NOMIS sentence adjustments created in DPS adjustments, once each: offered by the adjustments domain (its own
 * from-NOMIS create: its ports, its claim on the NOMIS adjustment, its {@code SENTENCING_ADJUSTMENT} mapping, so that
 * NOMIS's upsert event for the same adjustment and any redelivery find it mapped), used by court sentencing for the
 * adjustments NOMIS copies onto a cloned case's sentences ({@code courtsentencing.resync.sentence-adjustments}).
 */
@FunctionalInterface
public interface NomisSentenceAdjustments {

    /**
     * Creates in DPS, once, NOMIS sentence adjustment {@code adjustmentId}, which the caller's message says NOMIS holds
     * for {@code offenderNo} on sentence {@code sentenceSequence} of booking {@code bookingId}. Answers as a handler
     * does: created (or already mapped) is acknowledged; one NOMIS no longer has, or hides, is skipped; one NOMIS holds
     * for another prisoner, booking or sentence is refused (the message does not describe NOMIS); NOMIS or DPS failing
     * is retried.
     *
     * @param props the caller's telemetry properties, to which the adjustment's are added
     */
    SyncOutcome createOnce(long adjustmentId, String offenderNo, long bookingId, long sentenceSequence,
                           Map<String, String> props, MessageContext context);
}
