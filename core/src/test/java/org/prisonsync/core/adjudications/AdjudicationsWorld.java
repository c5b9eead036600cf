package org.prisonsync.core.adjudications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prisonsync.core.locations.inmemory.InMemoryLocationMappings;
import org.prisonsync.core.adjudications.inmemory.InMemoryAdjudicationsDpsApi;
import org.prisonsync.core.adjudications.inmemory.InMemoryAdjudicationsNomisApi;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.SyncSettings;

/** The core with only the adjudications domain installed, over the in-memory ports, and the events DPS sends. */
final class AdjudicationsWorld {
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final String QUEUE = AdjudicationsDomain.TO_NOMIS.defaultName();
    static final String PRISON = "MDI";
    static final long LOCATION = 7001;

    final MutableClock clock = new MutableClock(START);
    final InMemoryMappingStore mappings = new InMemoryMappingStore(clock);
    final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    final InMemoryQueues queues = new InMemoryQueues(List.of(
            QueueDefinition.withDefaults(AdjudicationsDomain.TO_NOMIS.id(), QUEUE, QUEUE + "-dlq")));
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final InMemoryAdjudicationsNomisApi nomis = new InMemoryAdjudicationsNomisApi(clock, 100_000);
    final InMemoryAdjudicationsDpsApi dps = new InMemoryAdjudicationsDpsApi();
    final InMemoryActivePrisoners active = new InMemoryActivePrisoners();
    final InMemoryLocationMappings locations = new InMemoryLocationMappings();
    final PrisonSyncCore core;

    AdjudicationsWorld() {
        core = PrisonSyncCore.builder(new SharedPorts(mappings, claims, queues, queues, telemetry, clock))
                .domain(new AdjudicationsDomain(nomis, dps, active, locations))
                .queues(queues.queues())
                .settings(new SyncSettings("test-instance", Duration.ofSeconds(30)))
                .build();
    }

    PunishmentRepair repair() {
        return core.domain(AdjudicationsDomain.class).punishmentRepair();
    }

    Disposition handle(Envelope message) {
        return core.processor().handle(new InboundMessage(QUEUE, "msg-" + UUID.randomUUID(), 1, message,
                message.toString(), Map.of()));
    }

    /** The same event delivered three times. */
    void thrice(Notification event) {
        for (int i = 0; i < 3; i++) {
            handle(event);
        }
    }

    Optional<Mapping> mapping(String type, Object dpsId) {
        return mappings.findByDpsId(type, String.valueOf(dpsId));
    }

    NomisChargeId nomisCharge(String chargeNumber) {
        return NomisChargeId.parseKey(mapping(AdjudicationsSync.ADJUDICATION, chargeNumber).orElseThrow().nomisId())
                .orElseThrow();
    }

    NomisAdjudication nomisOf(String chargeNumber) {
        return nomis.adjudication(nomisCharge(chargeNumber).adjudicationNumber()).orElseThrow();
    }

    /** A DPS adjudication of the prisoner, as reported (no hearings yet), on the booking NOMIS knows. */
    DpsCharge reported(String chargeNumber, String prisoner, long booking) {
        nomis.admit(prisoner, booking);
        DpsCharge charge = new DpsCharge(chargeNumber, prisoner, PRISON, LocalDateTime.of(2026, 2, 20, 9, 15),
                LocalDateTime.of(2026, 3, 1, 8, 0), "OFFICER_A", LOCATION, "51:1", "hit another prisoner",
                "UNSCHEDULED", List.of(new DpsCharge.Damage("CLEANING", "blood on the wall", "OFFICER_A")),
                List.of(new DpsCharge.Evidence("PHOTO", "photo of the wall", "OFFICER_A")), List.of(), List.of(),
                List.of());
        dps.put(charge, booking);
        return charge;
    }

    static DpsCharge.Hearing hearing(long id, LocalDateTime when) {
        return new DpsCharge.Hearing(id, LOCATION, when, "GOV_ADULT", PRISON, null);
    }

    static DpsCharge.Punishment ada(long id, int days) {
        return new DpsCharge.Punishment(id, "ADDITIONAL_DAYS", null, null, days, null, null, null, null, null);
    }

    static DpsCharge.Punishment confinement(long id, int days) {
        return new DpsCharge.Punishment(id, "CONFINEMENT", null, null, days, null, LocalDate.of(2026, 3, 5), null,
                null, null);
    }

    void dpsChange(String chargeNumber, java.util.function.UnaryOperator<DpsCharge> change) {
        dps.update(chargeNumber, change);
    }

    static DpsCharge with(DpsCharge c, List<DpsCharge.Hearing> hearings, List<DpsCharge.Outcome> outcomes,
                          List<DpsCharge.Punishment> punishments, String status) {
        return new DpsCharge(c.chargeNumber(), c.prisonerNumber(), c.originatingAgencyId(), c.dateTimeOfIncident(),
                c.createdDateTime(), c.createdByUserId(), c.incidentLocationId(), c.incidentLocationUuid(),
                c.offenceCode(),
                c.incidentStatement(), status, c.damages(), c.evidence(), hearings, outcomes, punishments);
    }

    static Notification event(String eventType, String chargeNumber, String prisoner, Long hearingId) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("chargeNumber", chargeNumber);
        info.put("prisonId", PRISON);
        info.put("prisonerNumber", prisoner);
        if (hearingId != null) {
            info.put("hearingId", hearingId);
        }
        return event(eventType, info);
    }

    static Notification event(String eventType, Map<String, Object> info) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1.0");
        message.put("occurredAt", START.toString());
        message.put("description", "an adjudications event");
        message.put("additionalInformation", info);
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }
}
