package org.prisonsync.core.incentives;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * {@code incentives.iep-review.inserted} → read the review from DPS, create the IEP on the prisoner's current NOMIS
 * booking and map it ({@code INCENTIVE_CREATED}), through the shared create flow, so a redelivery never creates twice.
 * A review first made in NOMIS ({@code reason = USER_CREATED_NOMIS}) is not written back.
 *
 * <p>NOMIS has no duplicate check for IEPs. A resumed create (an earlier attempt may have written and lost the
 * answer) therefore looks at the booking's current IEP first and adopts it when it is this review's (same level,
 * date and time, prison) and nobody's mapping yet. A pair that still collides (seed 000's duplicate incentive: the
 * same review written twice) is reported once as {@code to-nomis-synch-incentive-duplicate}, naming the NOMIS
 * booking and sequence to remove.
 */
final class IncentiveReviewInsertedHandler implements EventHandler {
    private final IncentivesDpsApi dps;
    private final IncentivesNomisApi nomis;
    private final MappingStore mappings;
    private final CreateFlow create;

    IncentiveReviewInsertedHandler(IncentivesDpsApi dps, IncentivesNomisApi nomis, MappingStore mappings,
                                   CreateFlow create) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.create = create;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        long id = IncentiveEvents.reviewId(event);
        String prisoner = IncentiveEvents.prisonerNumber(event).orElse(null);
        Optional<String> reason = IncentiveEvents.reason(event);
        Map<String, String> props = IncentiveEvents.properties("incentiveId", id, "offenderNo", prisoner,
                "reason", reason.orElse(null));
        if (reason.filter(IncentiveEvents.USER_CREATED_NOMIS::equals).isPresent()) {
            return new SyncOutcome.Ignored(IncentivesSync.ENTITY + "-create-ignored", props,
                    "incentive review " + id + " was created in NOMIS");
        }
        String dpsId = Long.toString(id);
        SyncOutcome outcome = create.run(new CreateRequest<>(IncentivesSync.ENTITY, IncentivesSync.ENTITY_TYPE, dpsId,
                prisoner, IncentivesSync.INCENTIVE_CREATED, props, () -> dps.findReview(id), this::write), context);
        if (outcome instanceof SyncOutcome.Duplicate duplicate) {
            return reportDuplicate(duplicate);
        }
        return outcome;
    }

    private TargetWrite write(IncentiveReview review, boolean resumed) {
        if (resumed) {
            Optional<NomisIncentive> current = nomis.currentIncentive(review.bookingId());
            if (current.isPresent() && isWrittenFrom(current.get(), review)
                    && mappings.findByNomisId(IncentivesSync.ENTITY_TYPE, current.get().id().key()).isEmpty()) {
                return TargetWrite.found(current.get().id().key());
            }
        }
        return TargetWrite.created(nomis.createIncentive(review.prisonerNumber(), NomisIncentiveRequest.from(review))
                .key());
    }

    /** The IEP says what the review says (NOMIS keeps the time to the second). */
    static boolean isWrittenFrom(NomisIncentive iep, IncentiveReview review) {
        return iep.levelCode().equals(review.iepCode()) && review.agencyId().equals(iep.prisonId())
                && iep.iepDateTime().truncatedTo(ChronoUnit.SECONDS)
                .equals(review.reviewedAt().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The same review mapped to two NOMIS IEPs: the unmapped one is the duplicate, for NOMIS support to delete with
     * the prisoner number and sequence (seed 000). Any other collision is reported as the flow found it.
     */
    private static SyncOutcome reportDuplicate(SyncOutcome.Duplicate duplicate) {
        Mapping extra = duplicate.duplicate();
        Mapping kept = duplicate.existing();
        Optional<NomisIncentiveId> toRemove = NomisIncentiveId.parseKey(extra.nomisId());
        Optional<NomisIncentiveId> mapped = NomisIncentiveId.parseKey(kept.nomisId());
        if (!extra.dpsId().equals(kept.dpsId()) || toRemove.isEmpty() || mapped.isEmpty()
                || toRemove.equals(mapped)) {
            return duplicate;
        }
        Map<String, String> props = new LinkedHashMap<>(duplicate.properties());
        props.put("duplicateNomisBookingId", Long.toString(toRemove.get().bookingId()));
        props.put("duplicateNomisIncentiveSequence", Long.toString(toRemove.get().sequence()));
        props.put("existingNomisBookingId", Long.toString(mapped.get().bookingId()));
        props.put("existingNomisIncentiveSequence", Long.toString(mapped.get().sequence()));
        props.put("action", "ask NOMIS support (#dps-appsupport) to delete IEP sequence " + toRemove.get().sequence()
                + " of booking " + toRemove.get().bookingId()
                + (extra.prisonerNumber() == null ? "" : " (prisoner " + extra.prisonerNumber() + ")")
                + ": DPS review " + extra.dpsId() + " is mapped to sequence " + mapped.get().sequence());
        return new SyncOutcome.Duplicate(duplicate.event(), props, extra, kept);
    }
}
