package org.prisonsync.core.adjustments;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * NOMIS {@code BOOKING_NUMBER-CHANGED} (a merge, as upstream's sentencing sync reads it): every adjustment of the
 * booking ({@code active-only=false}) that is not hidden and has no mapping is created in DPS and mapped, each through
 * the same create flow as an upsert, so a redelivery or a racing upsert creates nothing twice
 * ({@code from-nomis-synch-adjustment-merge} with the count created). A create that must wait retries the whole
 * event; those done are then found mapped.
 */
final class AdjustmentsMergeHandler implements EventHandler {
    static final String MERGE = "from-nomis-synch-adjustment-merge";

    private final AdjustmentsNomisApi nomis;
    private final MappingStore mappings;
    private final NomisAdjustmentUpsertedHandler sentence;
    private final NomisAdjustmentUpsertedHandler keyDate;

    AdjustmentsMergeHandler(AdjustmentsNomisApi nomis, MappingStore mappings, NomisAdjustmentUpsertedHandler sentence,
                            NomisAdjustmentUpsertedHandler keyDate) {
        this.nomis = nomis;
        this.mappings = mappings;
        this.sentence = sentence;
        this.keyDate = keyDate;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        OffenderEvent event = notification.asOffenderEvent();
        long bookingId = event.requireLong("bookingId");
        Map<String, String> props = new LinkedHashMap<>();
        props.put("bookingId", Long.toString(bookingId));
        event.offenderIdDisplay().ifPresent(o -> props.put("offenderNo", o));
        int created = 0;
        try {
            for (NomisAdjustment adjustment : nomis.bookingAdjustments(bookingId, false)) {
                if (adjustment.hiddenFromUsers()
                        || mappings.findByNomisId(AdjustmentsSync.ENTITY_TYPE, adjustment.id().key()).isPresent()) {
                    continue;
                }
                NomisAdjustmentUpsertedHandler create = adjustment.id().category() == AdjustmentCategory.SENTENCE
                        ? sentence : keyDate;
                Map<String, String> one = new LinkedHashMap<>(props);
                one.put("nomisAdjustmentId", Long.toString(adjustment.id().id()));
                one.put("nomisAdjustmentCategory", adjustment.id().category().code());
                SyncOutcome outcome = create.create(adjustment, one, context);
                if (outcome instanceof SyncOutcome.RetryLater || outcome instanceof SyncOutcome.Rejected) {
                    return outcome;
                }
                created++;
            }
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(MERGE + "-failed", props, e);
        }
        props.put("created", Integer.toString(created));
        return new SyncOutcome.Synced(MERGE, props);
    }
}
