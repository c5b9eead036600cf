package org.prisonsync.simulator.incentives;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.simulator.DomainEvents;
import org.prisonsync.simulator.EventPublisher;

/**
 * The domain events the incentives API publishes, on the queue of {@value IncentivesSimulation#TO_NOMIS_QUEUE}:
 * {@value #REVIEW_INSERTED} ({@code additionalInformation.id}, {@code nomsNumber}, {@code reason}),
 * {@value #LEVEL_CHANGED} ({@code incentiveLevel}), {@value #LEVELS_REORDERED} and {@value #PRISON_LEVEL_CHANGED}
 * ({@code incentiveLevel}, {@code prisonId}).
 */
final class IncentiveEvents {
    static final String REVIEW_INSERTED = "incentives.iep-review.inserted";
    static final String LEVEL_CHANGED = "incentives.level.changed";
    static final String LEVELS_REORDERED = "incentives.levels.reordered";
    static final String PRISON_LEVEL_CHANGED = "incentives.prison-level.changed";

    private final EventPublisher publisher;
    private final Clock clock;

    IncentiveEvents(EventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    void reviewInserted(DpsReview review, String reason) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", review.id());
        info.put("nomsNumber", review.prisonerNumber());
        info.put("reason", reason);
        Map<String, Object> message = DomainEvents.aboutPrisoner(message(REVIEW_INSERTED,
                "An IEP review has been added", info), review.prisonerNumber());
        publisher.publish(IncentivesSimulation.TO_NOMIS_QUEUE, REVIEW_INSERTED, message);
    }

    void levelChanged(String levelCode) {
        publisher.publish(IncentivesSimulation.TO_NOMIS_QUEUE, LEVEL_CHANGED, message(LEVEL_CHANGED,
                "An incentive level has been changed: " + levelCode, Map.of("incentiveLevel", levelCode)));
    }

    void levelsReordered() {
        publisher.publish(IncentivesSimulation.TO_NOMIS_QUEUE, LEVELS_REORDERED, message(LEVELS_REORDERED,
                "Incentive levels have been re-ordered", Map.of()));
    }

    void prisonLevelChanged(String prisonId, String levelCode) {
        publisher.publish(IncentivesSimulation.TO_NOMIS_QUEUE, PRISON_LEVEL_CHANGED, message(PRISON_LEVEL_CHANGED,
                "Incentive level (" + levelCode + ") in prison " + prisonId + " has been updated",
                Map.of("incentiveLevel", levelCode, "prisonId", prisonId)));
    }

    private Map<String, Object> message(String eventType, String description, Map<String, Object> info) {
        return DomainEvents.domainEvent(eventType, "1", description, clock, info);
    }
}
