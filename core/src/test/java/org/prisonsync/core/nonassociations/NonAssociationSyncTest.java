package org.prisonsync.core.nonassociations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;

/** The four non-associations events, each redelivered and raced, and the refusals at the edge. */
class NonAssociationSyncTest {
    private final NonAssociationsWorld world = new NonAssociationsWorld();

    @Test
    void aCreatedNonAssociationIsWrittenOnceAndMappedToThePairAndSequenceWhateverTheRedeliveries() {
        DpsNonAssociation na = world.made("B1000BB", "A1000AA", "LANDING");

        for (int i = 0; i < 3; i++) {
            assertThat(world.handle(NonAssociationsWorld.event(NonAssociationsSync.CREATED, na.id())))
                    .isInstanceOf(Disposition.Ack.class);
        }

        List<NomisNonAssociation> records = world.nomis.all("B1000BB", "A1000AA");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("LAND");
            assertThat(r.reason()).isEqualTo("VIC");
            assertThat(r.recipReason()).isEqualTo("PER");
            assertThat(r.effectiveDate()).isEqualTo(NonAssociationsWorld.MADE.toLocalDate());
            assertThat(r.expiryDate()).isNull();
        });
        assertThat(world.mappingOf(na.id())).hasValueSatisfying(m -> {
            assertThat(m.nomisId()).isEqualTo("A1000AA:B1000BB:1");
            assertThat(m.prisonerNumber()).isEqualTo("A1000AA");
            assertThat(m.mappingType()).isEqualTo("NON_ASSOCIATION_CREATED");
        });
        assertThat(world.telemetry.count("non-association-create-success")).isEqualTo(1);
        assertThat(world.telemetry.count("non-association-create-duplicate")).isEqualTo(2);
    }

    @Test
    void twoConsumersAtOnceWriteNomisOnce() throws Exception {
        DpsNonAssociation na = world.made("A2000AA", "B2000BB", "CELL");
        Notification event = NonAssociationsWorld.event(NonAssociationsSync.CREATED, na.id());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> consumers = new ArrayList<>();
        List<Disposition> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 2; i++) {
            Thread consumer = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                results.add(world.handle(event));
            });
            consumer.start();
            consumers.add(consumer);
        }
        start.countDown();
        for (Thread consumer : consumers) {
            consumer.join();
        }
        // a consumer that found the claim held retries later and then finds the mapping
        world.clock.advance(Duration.ofMinutes(1));
        world.handle(event);

        assertThat(world.nomis.all("A2000AA", "B2000BB")).hasSize(1);
        assertThat(world.mappingOf(na.id())).map(m -> m.nomisId()).contains("A2000AA:B2000BB:1");
    }

    @Test
    void aResumedCreateAdoptsTheRecordAnEarlierAttemptWroteInsteadOfWritingAgain() {
        DpsNonAssociation na = world.made("A3000AA", "B3000BB", "WING");
        // an earlier attempt claimed, wrote NOMIS and died before mapping
        world.claims.claim(new ClaimKey(NonAssociationsSync.ENTITY_TYPE, Long.toString(na.id())), "dead/1",
                world.clock.instant(), Duration.ofSeconds(30));
        world.nomis.create(NomisNonAssociationRequest.from(world.dps.find(na.id()).orElseThrow()));
        world.clock.advance(Duration.ofMinutes(1));

        world.handle(NonAssociationsWorld.event(NonAssociationsSync.CREATED, na.id()));

        assertThat(world.nomis.all("A3000AA", "B3000BB")).hasSize(1);
        assertThat(world.mappingOf(na.id())).map(m -> m.nomisId()).contains("A3000AA:B3000BB:1");
        assertThat(world.telemetry.named("non-association-create-success")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("foundExisting", "true"));
    }

    @Test
    void amendedRewritesNomisFromDpsAndClosedClosesItAndRedeliveriesChangeNothingMore() {
        DpsNonAssociation na = world.made("B4000BB", "A4000AA", "CELL");
        world.handle(NonAssociationsWorld.event(NonAssociationsSync.CREATED, na.id()));
        world.dps.amend(na.id(), old -> new DpsNonAssociation(old.id(), old.firstPrisonerNumber(), "PERPETRATOR",
                old.secondPrisonerNumber(), "VICTIM", old.reason(), "WING", "moved wings", old.authorisedBy(),
                old.whenCreated(), old.whenUpdated(), old.updatedBy(), false, null));

        for (int i = 0; i < 3; i++) {
            world.handle(NonAssociationsWorld.event(NonAssociationsSync.AMENDED, na.id()));
        }

        NomisNonAssociation amended = world.nomis.all("B4000BB", "A4000AA").get(0);
        assertThat(amended.type()).isEqualTo("WING");
        assertThat(amended.reason()).isEqualTo("PER");
        assertThat(amended.recipReason()).isEqualTo("VIC");
        assertThat(amended.comment()).isEqualTo("moved wings");

        world.dps.close(na.id());
        world.handle(NonAssociationsWorld.event(NonAssociationsSync.CLOSED, na.id()));
        world.handle(NonAssociationsWorld.event(NonAssociationsSync.CLOSED, na.id()));

        assertThat(world.nomis.all("A4000AA", "B4000BB")).singleElement()
                .satisfies(r -> assertThat(r.openOn(world.clock.instant().atZone(java.time.ZoneOffset.UTC)
                        .toLocalDate())).isFalse());
        assertThat(world.telemetry.count("non-association-amend-success")).isEqualTo(3);
        assertThat(world.telemetry.count("non-association-close-success")).isEqualTo(2);
    }

    @Test
    void anAmendmentBeforeTheMappingIsRetriedNotLost() {
        DpsNonAssociation na = world.made("A5000AA", "B5000BB", "CELL");

        assertThat(world.handle(NonAssociationsWorld.event(NonAssociationsSync.AMENDED, na.id())))
                .isInstanceOf(Disposition.Retry.class);
        assertThat(world.nomis.count()).isZero();
    }

    @Test
    void deletedDeletesTheNomisRecordAndTheMappingOnceAndIsIgnoredAfter() {
        DpsNonAssociation na = world.made("A6000AA", "B6000BB", "CELL");
        world.handle(NonAssociationsWorld.event(NonAssociationsSync.CREATED, na.id()));
        world.dps.delete(na.id());

        for (int i = 0; i < 3; i++) {
            assertThat(world.handle(NonAssociationsWorld.event(NonAssociationsSync.DELETED, na.id())))
                    .isInstanceOf(Disposition.Ack.class);
        }

        assertThat(world.nomis.all("A6000AA", "B6000BB")).isEmpty();
        assertThat(world.mappingOf(na.id())).isEmpty();
        assertThat(world.telemetry.count("non-association-delete-success")).isEqualTo(1);
        assertThat(world.telemetry.count("non-association-delete-ignored")).isEqualTo(2);
    }

    @Test
    void aClosedNonAssociationIsClosedInNomisStraightAfterItIsMade() {
        DpsNonAssociation na = world.made("A7000AA", "B7000BB", "CELL");
        world.dps.close(na.id());

        world.handle(NonAssociationsWorld.event(NonAssociationsSync.CREATED, na.id()));

        assertThat(world.nomis.all("A7000AA", "B7000BB")).singleElement()
                .satisfies(r -> assertThat(r.expiryDate()).isNotNull());
    }

    @Test
    void badMessagesAreDeadLetteredAtOnceWithTheirReason() {
        assertThat(world.handle(NonAssociationsWorld.event(NonAssociationsSync.CREATED, Map.of("id", "12a"))))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d -> assertThat(d.reason()).contains("id"));
        assertThat(world.handle(NonAssociationsWorld.event(NonAssociationsSync.CREATED, Map.of("id", "-5"))))
                .isInstanceOf(Disposition.DeadLetter.class);
        assertThat(world.handle(NonAssociationsWorld.event(NonAssociationsSync.CREATED,
                Map.of("id", "99999999999999999999999")))).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(world.handle(NonAssociationsWorld.event(NonAssociationsSync.AMENDED,
                Map.of("id", 5, "colour", "red"))))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class, d -> assertThat(d.reason()).contains("colour"));
        assertThat(world.handle(NonAssociationsWorld.event(NonAssociationsSync.MERGED,
                Map.of("nomsNumber", "A1234BC", "removedNomsNumber", "not-a-prisoner"))))
                .isInstanceOfSatisfying(Disposition.DeadLetter.class,
                        d -> assertThat(d.reason()).contains("removedNomsNumber"));
        assertThat(world.handle(NonAssociationsWorld.event(NonAssociationsSync.BOOKING_MOVED,
                Map.of("movedFromNomsNumber", "A1234BC", "movedToNomsNumber", "B1234BC", "bookingId", "0"))))
                .isInstanceOf(Disposition.DeadLetter.class);
        assertThat(world.nomis.count()).isZero();
    }
}
