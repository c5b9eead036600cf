package org.prisonsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.telemetry.TelemetryEvent;
import org.prisonsync.core.testing.FailingMappingStore;
import org.prisonsync.core.testing.SampleVisits;
import org.prisonsync.core.testing.TestWorld;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.VisitsSync;

/** The create flow, driven through visit bookings. */
class CreateFlowTest {
    private final TestWorld world = TestWorld.create();
    private final DpsVisit visit = SampleVisits.numbered(1);
    private final String reference = visit.reference();

    /** Books the visit in DPS and returns its booked event, taken off the queue so a test can deliver it itself. */
    private Envelope bookedEvent() {
        world.dps().book(visit);
        List<Envelope> events = world.drain(TestWorld.TO_NOMIS);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void aBookingAlreadyMappedIsADuplicateAndNomisIsUntouched() {
        world.mappings().save(Mapping.of(VisitsSync.ENTITY_TYPE, "77", reference, visit.prisonerId(),
                MappingTypes.ONLINE));
        world.dps().book(visit);

        world.pumpAll();

        assertThat(world.nomisPort().createCalls()).isZero();
        assertThat(world.nomis().size()).isZero();
        assertThat(world.telemetry().named("visit-create-duplicate")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("dpsId", reference)
                        .containsEntry("offenderNo", visit.prisonerId()));
        assertThat(world.claims().size()).isZero();
    }

    @Test
    void aBookingAnotherConsumerHasClaimedWaitsForIt() {
        Envelope booked = bookedEvent();
        world.claims().claim(new ClaimKey(VisitsSync.ENTITY_TYPE, reference), "other-instance/m-9",
                world.clock().instant(), Duration.ofSeconds(30));

        Disposition disposition = world.handle(TestWorld.TO_NOMIS, booked);

        assertThat(disposition).isInstanceOf(Disposition.Retry.class);
        assertThat(((Disposition.Retry) disposition).reason()).contains("another consumer is creating VISIT");
        // it waits for the holder's lease to run out rather than burning deliveries on the 1 s ladder step
        assertThat(((Disposition.Retry) disposition).delay()).isGreaterThan(Duration.ofSeconds(20));
        assertThat(world.telemetry().named("visit-create-awaiting-claim")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("claimedBy", "other-instance/m-9"));
        assertThat(world.nomisPort().createCalls()).isZero();
    }

    @Test
    void aClaimWhoseHolderDiedIsResumedOnceItsLeaseHasRunOut() {
        Envelope booked = bookedEvent();
        world.claims().claim(new ClaimKey(VisitsSync.ENTITY_TYPE, reference), "dead-instance/m-9",
                world.clock().instant(), Duration.ofSeconds(30));
        world.clock().advance(Duration.ofSeconds(31));

        assertThat(world.handle(TestWorld.TO_NOMIS, booked)).isEqualTo(Disposition.ACK);

        assertThat(world.nomis().size()).isEqualTo(1);
        assertThat(world.telemetry().named("visit-create-success")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("resumed", "true"));
        assertThat(world.claims().size()).isZero();
    }

    @Test
    void aLostCreateResponseIsResumedAndMapsTheVisitNomisAlreadyHas() {
        world.nomisPort().loseNextCreateResponses(1);
        world.dps().book(visit);

        world.pumpAll();

        assertThat(world.nomis().size()).isEqualTo(1);
        NomisVisit only = world.nomis().all().get(0);
        assertThat(world.mappingOf(reference)).get().extracting(Mapping::nomisId)
                .isEqualTo(Long.toString(only.visitId()));
        assertThat(world.telemetry().named("visit-create-failed")).singleElement()
                .satisfies(e -> assertThat(e.properties().get("reason")).contains("timed out"));
        TelemetryEvent success = world.telemetry().named("visit-create-success").get(0);
        assertThat(success.properties()).containsEntry("foundExisting", "true").containsEntry("resumed", "true")
                .containsEntry("nomisId", Long.toString(only.visitId()));
        assertThat(world.nomisPort().createCalls()).isEqualTo(2);
        assertThat(world.queues().delaysRequested()).containsExactly(Duration.ofSeconds(1));
        assertThat(world.claims().size()).isZero();
    }

    @Test
    void aFailedMappingSaveQueuesOneRetryAndNeverWritesNomisAgain() {
        TestWorld failing = TestWorld.builder().failingMappingSaves(1).build();
        failing.dps().book(visit);
        Envelope booked = failing.drain(TestWorld.TO_NOMIS).get(0);

        assertThat(failing.handle(TestWorld.TO_NOMIS, booked)).isEqualTo(Disposition.ACK);

        assertThat(failing.nomis().size()).isEqualTo(1);
        assertThat(failing.mappingOf(reference)).isEmpty();
        assertThat(failing.claims().size()).as("claim kept until the mapping exists").isEqualTo(1);
        assertThat(failing.telemetry().named("visit-mapping-create-failed")).singleElement()
                .satisfies(e -> assertThat(e.properties().get("reason")).contains("503"));
        List<Envelope> queued = failing.queues().messages(TestWorld.TO_NOMIS).stream()
                .map(e -> e.envelope()).toList();
        assertThat(queued).singleElement().isInstanceOf(InternalMessage.class)
                .extracting(Envelope::type).isEqualTo(InternalMessage.RETRY_CREATE_MAPPING);
        Mapping carried = MappingRetry.mappingOf((InternalMessage) queued.get(0));
        assertThat(carried.dpsId()).isEqualTo(reference);
        assertThat(carried.mappingType()).isEqualTo(MappingTypes.ONLINE);

        failing.pumpAll();

        String nomisId = Long.toString(failing.nomis().all().get(0).visitId());
        assertThat(failing.mappingOf(reference)).get().extracting(Mapping::nomisId).isEqualTo(nomisId);
        assertThat(failing.telemetry().named("visit-create-mapping-retry-success")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("nomisId", nomisId)
                        .containsKey("retryMessageId"));
        assertThat(failing.claims().size()).isZero();
        assertThat(failing.nomisPort().createCalls()).isEqualTo(1);
        assertThat(failing.nomis().size()).isEqualTo(1);
    }

    @Test
    void aMappingConflictIsReportedAsADuplicateAndAcknowledged() {
        world.mappings().save(Mapping.of(VisitsSync.ENTITY_TYPE, "1", "zz-zz-zz-zz", "A9999ZZ",
                MappingTypes.ONLINE));
        world.dps().book(visit);

        world.pumpAll();

        assertThat(world.nomis().all()).extracting(NomisVisit::visitId).containsExactly(1L);
        assertThat(world.telemetry().named("to-nomis-synch-visit-duplicate")).singleElement()
                .satisfies(e -> assertThat(e.properties())
                        .containsEntry("duplicateNomisId", "1")
                        .containsEntry("duplicateDpsId", reference)
                        .containsEntry("existingNomisId", "1")
                        .containsEntry("existingDpsId", "zz-zz-zz-zz"));
        assertThat(world.mappingOf(reference)).isEmpty();
        assertThat(world.dlq(TestWorld.TO_NOMIS_DLQ)).isEmpty();
        assertThat(world.queues().delaysRequested()).isEmpty();
        assertThat(world.claims().size()).isZero();
    }

    @Test
    void aVisitDpsDoesNotHaveYetIsRetriedWithoutWritingNomis() {
        world.dps().book(visit);
        List<Envelope> booked = world.drain(TestWorld.TO_NOMIS);
        TestWorld empty = TestWorld.create();

        Disposition disposition = empty.handle(TestWorld.TO_NOMIS, booked.get(0));

        assertThat(disposition).isInstanceOf(Disposition.Retry.class);
        assertThat(((Disposition.Retry) disposition).reason()).contains("not found in DPS");
        assertThat(empty.telemetry().count("visit-create-failed")).isEqualTo(1);
        assertThat(empty.nomisPort().createCalls()).isZero();
        assertThat(empty.claims().claim(new ClaimKey(VisitsSync.ENTITY_TYPE, reference), "next",
                empty.clock().instant(), Duration.ofSeconds(30)))
                .as("an abandoned claim is resumed at once")
                .isInstanceOf(ClaimResult.Resumed.class);
    }

    @Test
    void theSuccessTelemetryCarriesTheIds() {
        world.dps().book(visit);

        world.pumpAll();

        NomisVisit created = world.nomis().all().get(0);
        assertThat(world.telemetry().named("visit-create-success")).singleElement()
                .satisfies(e -> assertThat(e.properties())
                        .containsEntry("dpsId", reference)
                        .containsEntry("visitId", reference)
                        .containsEntry("offenderNo", visit.prisonerId())
                        .containsEntry("nomisId", Long.toString(created.visitId()))
                        .containsEntry("foundExisting", "false")
                        .containsEntry("resumed", "false"));
        assertThat(world.mappingOf(reference)).get().satisfies(m -> {
            assertThat(m.mappingType()).isEqualTo(MappingTypes.ONLINE);
            assertThat(m.prisonerNumber()).isEqualTo(visit.prisonerId());
            assertThat(m.whenCreated()).isEqualTo(TestWorld.START);
        });
        assertThat(world.claims().size()).isZero();
    }

    @Test
    void whenNeitherTheMappingNorItsRetryCanBeSavedTheEventIsRetriedAndResumesWithoutASecondWrite() {
        InMemoryMappingStore stored = new InMemoryMappingStore();
        FailingMappingStore mappings = new FailingMappingStore(stored, 1);
        InMemoryWriteClaims claims = new InMemoryWriteClaims();
        MessageQueue brokenQueue = (queueName, message, delay, attributes) -> {
            throw new UpstreamUnavailable("SQS unreachable");
        };
        MutableClock clock = new MutableClock(TestWorld.START);
        CreateFlow flow = new CreateFlow(mappings, claims, brokenQueue, clock, new SyncSettings("i-1",
                Duration.ofSeconds(30)));
        NaturalKeyTarget target = new NaturalKeyTarget();
        CreateRequest<String> request = new CreateRequest<>("thing", "THING", "dps-1", "A1234BC",
                MappingTypes.DPS_CREATED, Map.of(), () -> Optional.of("natural-key-1"), target);

        SyncOutcome first = flow.run(request, new MessageContext("q", "m-1", 1));

        assertThat(first).isInstanceOf(SyncOutcome.RetryLater.class);
        assertThat(first.event()).isEqualTo("thing-mapping-create-failed");
        assertThat(((SyncOutcome.RetryLater) first).reason()).contains("SQS unreachable");

        SyncOutcome second = flow.run(request, new MessageContext("q", "m-1", 2));

        assertThat(second).isInstanceOf(SyncOutcome.Synced.class);
        assertThat(second.event()).isEqualTo("thing-create-success");
        assertThat(second.properties()).containsEntry("resumed", "true").containsEntry("foundExisting", "true");
        assertThat(target.created).isEqualTo(1);
        assertThat(stored.findByDpsId("THING", "dps-1")).get().extracting(Mapping::nomisId).isEqualTo("n-1");
        assertThat(claims.size()).isZero();
    }

    @Test
    void aRefusalFromTheTargetIsRetriedAndReleasesTheClaimForTheNextAttempt() {
        InMemoryWriteClaims claims = new InMemoryWriteClaims();
        CreateFlow flow = new CreateFlow(new InMemoryMappingStore(), claims, world.queues(), world.clock(),
                new SyncSettings("i-1", Duration.ofSeconds(30)));
        CreateRequest<String> request = new CreateRequest<>("thing", "THING", "dps-1", null,
                MappingTypes.DPS_CREATED, Map.of(), () -> Optional.of("x"), (record, resumed) -> {
                    throw new UpstreamRejected(400, "unknown visitor");
                });

        SyncOutcome outcome = flow.run(request, new MessageContext(TestWorld.TO_NOMIS, "m-1", 1));

        assertThat(outcome).isInstanceOf(SyncOutcome.RetryLater.class);
        assertThat(outcome.event()).isEqualTo("thing-create-failed");
        assertThat(outcome.properties()).containsEntry("reason", "HTTP 400: unknown visitor")
                .doesNotContainKey("offenderNo");
        assertThat(claims.claim(new ClaimKey("THING", "dps-1"), "next", world.clock().instant(),
                Duration.ofSeconds(30))).isInstanceOf(ClaimResult.Resumed.class);
    }

    /** A target that, like NOMIS, recognises a record it already holds by its natural key. */
    private static final class NaturalKeyTarget implements CreateRequest.Target<String> {
        private final Map<String, String> byNaturalKey = new HashMap<>();
        private int created;

        @Override
        public TargetWrite write(String record, boolean resumed) {
            String existing = byNaturalKey.get(record);
            if (existing != null) {
                return TargetWrite.found(existing);
            }
            created++;
            String id = "n-" + created;
            byNaturalKey.put(record, id);
            return TargetWrite.created(id);
        }
    }
}
