package org.prisonsync.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertDuplicates;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.alerts.inmemory.InMemoryPrisonerMappings;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.EventRoutes;
import org.prisonsync.core.sync.FeatureSwitches;
import org.prisonsync.core.sync.MappingRetryHandler;
import org.prisonsync.core.sync.MessageProcessor;
import org.prisonsync.core.sync.QueueDirectory;
import org.prisonsync.core.sync.SyncSettings;
import org.prisonsync.core.testing.FailingMappingStore;

/**
 * The alerts domain over in-memory ports, wired as the lead wires it (routes bound to the alerts queues), with DPS
 * and NOMIS publishing what the real systems publish: DPS changes become {@code person.alert.*} on the to-NOMIS
 * queue, NOMIS changes {@code ALERT-*} on the from-NOMIS queue, where the prisoner-level events also arrive. Tests act
 * as users of either system, then {@link #pumpAll()} until both queues are empty.
 */
final class AlertsTestWorld {
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String TO_NOMIS = "prison-sync-alerts-to-nomis";
    static final String FROM_NOMIS = "prison-sync-alerts-from-nomis";

    final MutableClock clock = new MutableClock(START);
    final InMemoryMappingStore mappings = new InMemoryMappingStore(clock);
    final InMemoryPrisonerMappings prisonerMappings = new InMemoryPrisonerMappings(mappings);
    final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final InMemoryAlertsNomisApi nomis = new InMemoryAlertsNomisApi(clock);
    final InMemoryAlertsDpsApi dps = new InMemoryAlertsDpsApi(clock);
    final InMemoryAlertDuplicates duplicates = new InMemoryAlertDuplicates();
    final InMemoryActivePrisoners activePrisoners = new InMemoryActivePrisoners();
    final List<QueueDefinition> definitions = List.of(
            QueueDefinition.withDefaults("alerts", TO_NOMIS, TO_NOMIS + "-dlq"),
            QueueDefinition.withDefaults("eventalerts", FROM_NOMIS, FROM_NOMIS + "-dlq"));
    final InMemoryQueues queues = new InMemoryQueues(definitions);
    final AlertPorts ports = new AlertPorts(nomis, dps, prisonerMappings, duplicates, activePrisoners);
    final EventRoutes routes = new EventRoutes();
    final MessageProcessor processor;
    final AlertRepairs repairs;
    private final int deliveries;

    AlertsTestWorld() {
        this(1);
    }

    /** Every event is put on its queue {@code deliveries} times (at-least-once delivery). */
    AlertsTestWorld(int deliveries) {
        this(deliveries, 0);
    }

    /** As above, and the sync's first {@code failingMappingSaves} mapping saves fail (the store stays readable). */
    AlertsTestWorld(int deliveries, int failingMappingSaves) {
        this.deliveries = deliveries;
        FailingMappingStore mappingPort = new FailingMappingStore(mappings, failingMappingSaves);
        new AlertsSync(ports, mappingPort, claims, queues, clock,
                new SyncSettings("alerts-test", Duration.ofSeconds(30))).register(routes.forDomain(AlertsSync.DOMAIN));
        routes.onInternal(InternalMessage.RETRY_CREATE_MAPPING,
                new MappingRetryHandler(mappingPort, claims, routes));
        routes.bindQueue(TO_NOMIS, AlertsSync.DOMAIN).bindQueue(FROM_NOMIS, AlertsSync.DOMAIN);
        processor = new MessageProcessor(routes, FeatureSwitches.allOn(), new QueueDirectory(definitions), telemetry);
        repairs = new AlertRepairs(ports, mappings, telemetry);
        dps.onChange(change -> publish(TO_NOMIS, AlertTestEvents.personAlert(change, clock.instant())));
        nomis.onChange(change -> publish(FROM_NOMIS, AlertTestEvents.nomisAlert(change, clock.instant())));
    }

    void publish(String queueName, Envelope event) {
        for (int i = 0; i < deliveries; i++) {
            queues.send(queueName, event);
        }
    }

    /** Pumps both queues until both are empty; returns how many deliveries were made. */
    int pumpAll() {
        return queues.pumpUntilEmpty(processor, TO_NOMIS, FROM_NOMIS);
    }

    /** Takes every message off a queue without handling it. */
    List<Envelope> drain(String queueName) {
        return queues.drain(queueName);
    }

    Disposition handle(String queueName, Envelope message) {
        return processor.handle(new InboundMessage(queueName, "by-hand-" + message.type(), 1, message,
                message.toString(), Map.of()));
    }

    // ---- acting as users ----

    static NomisAlertRequest nomisRequest(String code, String comment) {
        return new NomisAlertRequest(code, TODAY.minusDays(10), null, true, comment, "Governor", "OFFICER_A");
    }

    static DpsAlertRequest dpsRequest(String code, String description) {
        return new DpsAlertRequest(code, description, "Governor", TODAY.minusDays(3), null);
    }

    /** A prisoner with a current booking in NOMIS and these alerts added there by a NOMIS user, synced to DPS. */
    long admitWithAlerts(String prisoner, String... codes) {
        long booking = nomis.newBooking(prisoner, true);
        for (String code : codes) {
            nomis.createByNomisUser(prisoner, nomisRequest(code, code + " comment"));
        }
        pumpAll();
        return booking;
    }

    // ---- looking ----

    List<DpsAlert> dpsAlertsOf(String prisoner) {
        return dps.alertsOf(prisoner);
    }

    List<Mapping> mappingsOf(String prisoner) {
        return mappings.findByPrisoner(AlertsSync.ENTITY_TYPE, prisoner).stream()
                .sorted(Comparator.comparing(Mapping::nomisId)).toList();
    }

    Optional<Mapping> mappingOfDps(String uuid) {
        return mappings.findByDpsId(AlertsSync.ENTITY_TYPE, uuid);
    }

    long count(String event) {
        return telemetry.count(event);
    }

    List<InMemoryQueues.Entry> dlqs() {
        return queues.deadLettered();
    }

    /** DPS holds exactly NOMIS's current-booking alerts for the prisoner, and the mappings pair them one to one. */
    void assertDpsHoldsNomisCurrentBooking(String prisoner) {
        List<NomisAlert> nomisAlerts = nomis.currentBookingAlerts(prisoner);
        List<DpsAlert> dpsAlerts = dps.alertsOf(prisoner);
        List<Mapping> prisonerMappings = mappingsOf(prisoner);
        assertThat(dpsAlerts).as("DPS alerts of %s", prisoner).hasSameSizeAs(nomisAlerts);
        assertThat(prisonerMappings).as("mappings of %s", prisoner).hasSameSizeAs(nomisAlerts);
        Map<String, DpsAlert> byUuid = dpsAlerts.stream()
                .collect(Collectors.toMap(DpsAlert::alertUuid, Function.identity()));
        for (NomisAlert alert : nomisAlerts) {
            Mapping mapping = mappings.findByNomisId(AlertsSync.ENTITY_TYPE, alert.id().key())
                    .orElseThrow(() -> new AssertionError("NOMIS alert " + alert.id() + " is not mapped"));
            assertThat(mapping.prisonerNumber()).isEqualTo(prisoner);
            DpsAlert dpsAlert = byUuid.get(mapping.dpsId());
            assertThat(dpsAlert).as("DPS alert mapped to %s", alert.id()).isNotNull();
            assertThat(AlertTranslation.sameContent(alert, dpsAlert)).as("content of %s", alert.id()).isTrue();
        }
    }
}
