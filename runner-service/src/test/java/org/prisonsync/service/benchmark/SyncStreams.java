package org.prisonsync.service.benchmark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import org.prisonsync.core.alerts.AlertTranslation;
import org.prisonsync.core.alerts.AlertsDomain;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.NomisAlertCreated;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisitCreated;
import org.prisonsync.core.visits.VisitOutcomes;
import org.prisonsync.core.visits.VisitTranslation;
import org.prisonsync.core.visits.VisitsDomain;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsNomisApi;
import org.prisonsync.simulator.DomainEvents;

/**
 * The event streams the sync benchmark publishes, each with the events DPS would publish (upstream's shapes, as the
 * simulator publishes them) and the bare calls a sync of each event cannot avoid: the DPS GET, the NOMIS write and the
 * mapping insert or lookup, with nothing else (no queue, claim, trail or telemetry).
 */
final class SyncStreams {
    private static final Clock CLOCK = Clock.systemUTC();

    private SyncStreams() {
    }

    /** An entity seeded in the simulator's DPS: its key (visit reference, alert uuid) and prisoner. */
    record Seeded(String key, String prisoner) {
    }

    enum Kind { CREATE, REDELIVER, CHANGE, CANCEL }

    /** One event to publish about one entity. */
    record Planned(Kind kind, Seeded entity) {
    }

    /** The outside parties the bare loop calls, the same adapters the service's sync uses. */
    record BareParties(VisitsDpsApi visitsDps, VisitsNomisApi visitsNomis, AlertsDpsApi alertsDps,
                       AlertsNomisApi alertsNomis, MappingStore mappings) {
    }

    /** A stream: what it seeds, what it publishes, where, and the bare calls of one event. */
    interface Stream {
        String name();

        QueueSpec queue();

        /** The simulator's control route that seeds this stream's DPS entities. */
        String generatePath();

        String keyField();

        /** The events to publish for these entities, in order; {@code gap}: positions between events of one entity. */
        List<Planned> plan(List<Seeded> entities, int gap);

        Notification notification(Planned planned);

        /** The calls a sync of this event cannot avoid; false when the bare loop found nothing to do (no mapping). */
        boolean bare(Planned planned, BareParties parties);
    }

    /** One {@code prison-visit.booked} per visit. */
    static Stream visitCreates() {
        return new VisitStream("visits", false);
    }

    /**
     * Visits as DPS changes them all day: every visit booked; about half changed, a third cancelled and a fifth of
     * the bookings published twice (SNS's at-least-once), each follow-up at least {@code gap} events after the
     * previous event of its visit.
     */
    static Stream visitMix() {
        return new VisitStream("mixed", true);
    }

    /** One {@code person.alert.created} per alert, each for a prisoner of its own. */
    static Stream alertCreates() {
        return new Stream() {
            @Override
            public String name() {
                return "alerts";
            }

            @Override
            public QueueSpec queue() {
                return AlertsDomain.TO_NOMIS;
            }

            @Override
            public String generatePath() {
                return "/simulator/dps/alerts/generate";
            }

            @Override
            public String keyField() {
                return "alertUuid";
            }

            @Override
            public List<Planned> plan(List<Seeded> entities, int gap) {
                return entities.stream().map(e -> new Planned(Kind.CREATE, e)).toList();
            }

            @Override
            public Notification notification(Planned planned) {
                Map<String, Object> info = new LinkedHashMap<>();
                info.put("alertUuid", planned.entity().key());
                info.put("alertCode", "XA");
                info.put("source", "DPS");
                return message("person.alert.created", DomainEvents.aboutPrisoner(DomainEvents.domainEvent(
                        "person.alert.created", "1", "An alert has been created", CLOCK, info),
                        planned.entity().prisoner()));
            }

            @Override
            public boolean bare(Planned planned, BareParties parties) {
                DpsAlert alert = parties.alertsDps().findAlert(planned.entity().key()).orElseThrow();
                NomisAlertCreated created = parties.alertsNomis().createAlert(alert.prisonNumber(),
                        AlertTranslation.toNomisCreate(alert));
                parties.mappings().save(new Mapping("ALERT", created.id().key(), alert.alertUuid(),
                        alert.prisonNumber(), MappingTypes.DPS_CREATED, null, null));
                return true;
            }
        };
    }

    private record VisitStream(String name, boolean mixed) implements Stream {
        @Override
        public QueueSpec queue() {
            return VisitsDomain.TO_NOMIS;
        }

        @Override
        public String generatePath() {
            return "/simulator/dps/visits/generate";
        }

        @Override
        public String keyField() {
            return "reference";
        }

        @Override
        public List<Planned> plan(List<Seeded> entities, int gap) {
            if (!mixed) {
                return entities.stream().map(e -> new Planned(Kind.CREATE, e)).toList();
            }
            // Follow-ups wait in a queue by due position and are published once due, so at least `gap` events
            // (about half as many at the very end, where only follow-ups are left) separate two events of a visit.
            record Due(int position, long order, Planned planned) {
            }
            PriorityQueue<Due> later = new PriorityQueue<>(Comparator.comparingInt(Due::position)
                    .thenComparingLong(Due::order));
            Random random = new Random(42);
            List<Planned> events = new ArrayList<>(entities.size() * 2);
            long order = 0;
            for (Seeded visit : entities) {
                events.add(new Planned(Kind.CREATE, visit));
                int due = events.size() + gap;
                if (random.nextDouble() < 0.5) {
                    later.add(new Due(due, order++, new Planned(Kind.CHANGE, visit)));
                    due += gap;
                }
                if (random.nextDouble() < 0.2) {
                    later.add(new Due(due, order++, new Planned(Kind.REDELIVER, visit)));
                    due += gap;
                }
                if (random.nextDouble() < 0.33) {
                    later.add(new Due(due, order++, new Planned(Kind.CANCEL, visit)));
                }
                while (!later.isEmpty() && later.peek().position() <= events.size()) {
                    events.add(later.poll().planned());
                }
            }
            while (!later.isEmpty()) {
                events.add(later.poll().planned());
            }
            return events;
        }

        @Override
        public Notification notification(Planned planned) {
            String kind = switch (planned.kind()) {
                case CREATE, REDELIVER -> "booked";
                case CHANGE -> "changed";
                case CANCEL -> "cancelled";
            };
            String eventType = "prison-visit." + kind;
            Map<String, Object> message = DomainEvents.domainEvent(eventType, "1.0", "Prison visit " + kind, CLOCK,
                    Map.of("reference", planned.entity().key(), "visitType", "STANDARD_SOCIAL", "source", "DPS"));
            message.put("prisonerId", planned.entity().prisoner());
            return message(eventType, message);
        }

        @Override
        public boolean bare(Planned planned, BareParties parties) {
            String reference = planned.entity().key();
            if (planned.kind() == Kind.REDELIVER) {
                return parties.mappings().findByDpsId("VISIT", reference).isPresent();
            }
            DpsVisit visit = parties.visitsDps().findVisit(reference).orElseThrow();
            if (planned.kind() == Kind.CREATE) {
                NomisVisitCreated created = parties.visitsNomis().createVisit(visit.prisonerId(),
                        VisitTranslation.toNomis(visit, LocalDate.now(CLOCK)));
                parties.mappings().save(new Mapping("VISIT", Long.toString(created.visitId()), reference,
                        visit.prisonerId(), MappingTypes.DPS_CREATED, null, null));
                return true;
            }
            var mapping = parties.mappings().findByDpsId("VISIT", reference);
            if (mapping.isEmpty()) {
                return false;
            }
            long nomisId = Long.parseLong(mapping.get().nomisId());
            if (planned.kind() == Kind.CHANGE) {
                parties.visitsNomis().updateVisit(visit.prisonerId(), nomisId,
                        VisitTranslation.toNomis(visit, LocalDate.now(CLOCK)));
            } else {
                parties.visitsNomis().cancelVisit(visit.prisonerId(), nomisId,
                        VisitOutcomes.nomisCancellation(visit.outcomeStatus()));
            }
            return true;
        }
    }

    private static Notification message(String eventType, Map<String, Object> message) {
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }
}
