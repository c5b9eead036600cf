package org.prisonsync.core.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ForwardingMappingStore;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.sync.MappingRetry;
import org.prisonsync.core.telemetry.TelemetryEvent;
import org.prisonsync.core.testing.FailingMappingStore;

class IncentiveReviewInsertedTest {

    @Test
    void aDpsReviewBecomesAMappedIepOnTheCurrentNomisBooking() {
        IncentivesWorld world = new IncentivesWorld();
        IncentiveReview review = world.reviewedPrisoner("A1234BC", "ENH");

        Disposition disposition = world.handle(IncentivesWorld.reviewInserted(review));

        assertThat(disposition).isEqualTo(Disposition.ACK);
        NomisIncentive iep = world.nomis.currentIncentive(review.bookingId()).orElseThrow();
        assertThat(iep.levelCode()).isEqualTo("ENH");
        assertThat(iep.iepDateTime()).isEqualTo(IncentivesWorld.REVIEWED);
        assertThat(iep.prisonId()).isEqualTo("MDI");
        assertThat(iep.commentText()).isEqualTo("reviewed");
        Mapping mapping = world.mappingOf(review).orElseThrow();
        assertThat(mapping.nomisId()).isEqualTo(review.bookingId() + ":1");
        assertThat(mapping.mappingType()).isEqualTo("INCENTIVE_CREATED");
        assertThat(mapping.prisonerNumber()).isEqualTo("A1234BC");
        TelemetryEvent success = world.telemetry.named("incentive-create-success").get(0);
        assertThat(success.properties()).containsEntry("incentiveId", Long.toString(review.id()))
                .containsEntry("nomisId", review.bookingId() + ":1").containsEntry("offenderNo", "A1234BC");
    }

    @Test
    void givenTheSameEventDeliveredThreeTimes_thenNomisGetsOneIep() {
        IncentivesWorld world = new IncentivesWorld();
        IncentiveReview review = world.reviewedPrisoner("A1234BC", "STD");

        for (int i = 0; i < 3; i++) {
            assertThat(world.handle(IncentivesWorld.reviewInserted(review))).isEqualTo(Disposition.ACK);
        }

        assertThat(world.nomis.creates()).isEqualTo(1);
        assertThat(world.nomis.iepsOf(review.bookingId())).hasSize(1);
        assertThat(world.telemetry.count("incentive-create-success")).isEqualTo(1);
        assertThat(world.telemetry.count("incentive-create-duplicate")).isEqualTo(2);
    }

    @Test
    void givenTwoConsumersDeliveredTheSameEventAtOnce_thenNomisGetsOneIep() throws Exception {
        IncentivesWorld world = new IncentivesWorld();
        IncentiveReview review = world.reviewedPrisoner("A1234BC", "ENH");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Disposition>> deliveries = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                deliveries.add(consumers.submit(() -> {
                    start.await();
                    return world.handle(IncentivesWorld.reviewInserted(review));
                }));
            }
            start.countDown();
            for (Future<Disposition> delivery : deliveries) {
                delivery.get(10, TimeUnit.SECONDS);
            }
        } finally {
            consumers.shutdownNow();
        }

        assertThat(world.nomis.iepsOf(review.bookingId())).hasSize(1);
        assertThat(world.mappingOf(review)).isPresent();
    }

    @Test
    void aReviewCreatedInNomisIsNotWrittenBack() {
        IncentivesWorld world = new IncentivesWorld();
        IncentiveReview review = world.reviewedPrisoner("A1234BC", "STD");

        Disposition disposition = world.handle(IncentivesWorld.reviewInserted(Map.of("id", review.id(),
                "nomsNumber", "A1234BC", "reason", "USER_CREATED_NOMIS")));

        assertThat(disposition).isEqualTo(Disposition.ACK);
        assertThat(world.nomis.creates()).isZero();
        assertThat(world.mappingOf(review)).isEmpty();
        assertThat(world.telemetry.named("incentive-create-ignored")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("reason", "USER_CREATED_NOMIS"));
    }

    @Test
    void aReviewDpsDoesNotHaveYetIsRetried() {
        IncentivesWorld world = new IncentivesWorld();
        world.nomis.admit("A1234BC");

        Disposition disposition = world.handle(IncentivesWorld.reviewInserted(Map.of("id", 4242,
                "nomsNumber", "A1234BC")));

        assertThat(disposition).isInstanceOf(Disposition.Retry.class);
        assertThat(world.telemetry.count("incentive-create-failed")).isEqualTo(1);
        assertThat(world.nomis.creates()).isZero();
    }

    @Test
    void givenTheMappingSaveFails_thenItsRetrySavesItWithoutWritingNomisAgain() {
        IncentivesWorld world = new IncentivesWorld(store -> new FailingMappingStore(store, 1));
        IncentiveReview review = world.reviewedPrisoner("A1234BC", "ENH");

        assertThat(world.handle(IncentivesWorld.reviewInserted(review))).isEqualTo(Disposition.ACK);
        assertThat(world.telemetry.count("incentive-mapping-create-failed")).isEqualTo(1);
        assertThat(world.mappingOf(review)).isEmpty();

        world.pump();

        assertThat(world.mappingOf(review)).map(Mapping::nomisId).contains(review.bookingId() + ":1");
        assertThat(world.telemetry.count("incentive-create-mapping-retry-success")).isEqualTo(1);
        assertThat(world.nomis.creates()).isEqualTo(1);
    }

    @Test
    void aMappingRetryNamingAnIepOfAnotherPrisonerIsRefused() {
        IncentivesWorld world = new IncentivesWorld();
        IncentiveReview review = world.reviewedPrisoner("A1234BC", "ENH");
        IncentiveReview other = world.reviewedPrisoner("B2345CD", "STD");
        NomisIncentiveId othersIep = world.nomis.createIncentive("B2345CD", NomisIncentiveRequest.from(other));
        world.claims.claim(new ClaimKey("INCENTIVE", Long.toString(review.id())), "crashed-consumer",
                world.clock.instant(), Duration.ofMinutes(5));

        Disposition disposition = world.handle(MappingRetry.message(Mapping.of("INCENTIVE", othersIep.key(),
                Long.toString(review.id()), "A1234BC", "INCENTIVE_CREATED"), "incentive", Map.of()));

        assertThat(disposition).isInstanceOfSatisfying(Disposition.DeadLetter.class,
                d -> assertThat(d.reason()).contains("B2345CD").contains("A1234BC"));
        assertThat(world.mappingOf(review)).isEmpty();
    }

    @Test
    void givenAnEarlierAttemptWroteTheIepAndLostTheAnswer_thenTheResumedCreateAdoptsIt() {
        IncentivesWorld world = new IncentivesWorld();
        IncentiveReview review = world.reviewedPrisoner("A1234BC", "ENH");
        world.claims.claim(new ClaimKey("INCENTIVE", Long.toString(review.id())), "died-after-writing",
                world.clock.instant(), IncentivesWorld.LEASE);
        NomisIncentiveId written = world.nomis.createIncentive("A1234BC", NomisIncentiveRequest.from(review));
        world.clock.advance(IncentivesWorld.LEASE.plusSeconds(1));

        assertThat(world.handle(IncentivesWorld.reviewInserted(review))).isEqualTo(Disposition.ACK);

        assertThat(world.nomis.iepsOf(review.bookingId())).hasSize(1);
        assertThat(world.mappingOf(review)).map(Mapping::nomisId).contains(written.key());
        assertThat(world.telemetry.named("incentive-create-success").get(0).properties())
                .containsEntry("resumed", "true").containsEntry("foundExisting", "true");
    }

    @Test
    void givenTheSameReviewWrittenTwice_thenTheUnmappedIepIsReportedOnceWithItsBookingAndSequence() {
        // Another consumer, whose lease ran out mid-write, wrote the same review and saved its mapping between our
        // write and our save: our save collides on the review id.
        IncentivesWorld[] world = new IncentivesWorld[1];
        IncentiveReview[] review = new IncentiveReview[1];
        world[0] = new IncentivesWorld(store -> new ForwardingMappingStore(store) {
            private boolean raced;

            @Override
            public MappingSaveResult save(Mapping mapping) {
                if (!raced) {
                    raced = true;
                    NomisIncentiveId theirs = world[0].nomis.createIncentive("A1234BC",
                            NomisIncentiveRequest.from(review[0]));
                    delegate.save(Mapping.of("INCENTIVE", theirs.key(), mapping.dpsId(), "A1234BC",
                            "INCENTIVE_CREATED"));
                }
                return delegate.save(mapping);
            }
        });
        review[0] = world[0].reviewedPrisoner("A1234BC", "ENH");
        long booking = review[0].bookingId();

        assertThat(world[0].handle(IncentivesWorld.reviewInserted(review[0]))).isEqualTo(Disposition.ACK);
        assertThat(world[0].handle(IncentivesWorld.reviewInserted(review[0]))).isEqualTo(Disposition.ACK);

        assertThat(world[0].telemetry.named("to-nomis-synch-incentive-duplicate")).singleElement()
                .satisfies(e -> assertThat(e.properties())
                        .containsEntry("offenderNo", "A1234BC")
                        .containsEntry("duplicateNomisBookingId", Long.toString(booking))
                        .containsEntry("duplicateNomisIncentiveSequence", "1")
                        .containsEntry("existingNomisIncentiveSequence", "2")
                        .hasEntrySatisfying("action", a -> assertThat(a).contains("sequence 1 of booking " + booking)));
        assertThat(world[0].mappingOf(review[0])).map(Mapping::nomisId).contains(booking + ":2");
        assertThat(world[0].telemetry.count("incentive-create-duplicate")).as("the redelivery").isEqualTo(1);
    }
}
