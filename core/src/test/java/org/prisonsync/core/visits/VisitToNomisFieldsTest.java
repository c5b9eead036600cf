package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.EventRoutes;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.SyncSettings;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.testing.Events;
import org.prisonsync.core.testing.SampleVisits;
import org.prisonsync.core.testing.TestWorld;

/**
 * What reaches NOMIS for a DPS visit: the fields upstream carries (the visit order issued on the day of the booking,
 * the visitors' support needs in the comment), and nothing from an event that can never be valid.
 */
class VisitToNomisFieldsTest {
    private static final Instant PROCESSED = Instant.parse("2026-02-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(PROCESSED);
    private final InMemoryVisitsDpsApi dps = new InMemoryVisitsDpsApi();
    private final RecordingNomis nomis = new RecordingNomis(new InMemoryVisitsNomisApi(clock));
    private final InMemoryMappingStore mappings = new InMemoryMappingStore(clock);
    private final EventRoutes routes = new EventRoutes();

    VisitToNomisFieldsTest() {
        InMemoryQueues queues = new InMemoryQueues(List.of(QueueDefinition.withDefaults("visits", "q", "q-dlq")));
        CreateFlow create = new CreateFlow(mappings, new InMemoryWriteClaims(), queues, clock,
                new SyncSettings("test", Duration.ofSeconds(30)));
        new VisitsSync(dps, nomis, mappings, create, new UpdateFlow(mappings), clock).register(routes.forDomain(VisitsSync.DOMAIN));
    }

    /** The NOMIS visits port, recording the requests it is sent. */
    private static final class RecordingNomis implements VisitsNomisApi {
        private final InMemoryVisitsNomisApi delegate;
        private final List<NomisVisitRequest> creates = new ArrayList<>();
        private final List<NomisVisitRequest> updates = new ArrayList<>();

        RecordingNomis(InMemoryVisitsNomisApi delegate) {
            this.delegate = delegate;
        }

        @Override
        public NomisVisitCreated createVisit(String offenderNo, NomisVisitRequest request) {
            creates.add(request);
            return delegate.createVisit(offenderNo, request);
        }

        @Override
        public boolean updateVisit(String offenderNo, long visitId, NomisVisitRequest request) {
            updates.add(request);
            return delegate.updateVisit(offenderNo, visitId, request);
        }

        @Override
        public CancelResult cancelVisit(String offenderNo, long visitId, String outcome) {
            return delegate.cancelVisit(offenderNo, visitId, outcome);
        }

        @Override
        public Optional<NomisVisit> findVisit(long visitId) {
            return delegate.findVisit(visitId);
        }

        @Override
        public VisitsMigrationPage findVisitIds(VisitsMigrationFilter filter, int page, int size) {
            return delegate.findVisitIds(filter, page, size);
        }

        @Override
        public List<VisitRoomUsage> roomUsage(VisitsMigrationFilter filter) {
            return delegate.roomUsage(filter);
        }

        @Override
        public Optional<VisitsMigrationSource> findVisitForMigration(long visitId) {
            return delegate.findVisitForMigration(visitId);
        }
    }

    private SyncOutcome deliver(Notification event) {
        return routes.route(event.eventType()).orElseThrow().handler()
                .handle(event, new MessageContext("q", event.messageId(), 1));
    }

    private SyncOutcome book(DpsVisit visit, Instant occurredAt) {
        dps.book(visit);
        return deliver(Events.dpsVisit("booked", visit, "DPS", occurredAt));
    }

    @Test
    void theVisitOrderIsIssuedOnTheLondonDayTheBookingHappenedNotTheDayItIsProcessed() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST); in winter London is UTC
        book(SampleVisits.numbered(1), Instant.parse("2026-06-30T23:30:00Z"));
        book(SampleVisits.numbered(2), Instant.parse("2026-01-31T23:30:00Z"));

        assertThat(nomis.creates).extracting(NomisVisitRequest::issueDate)
                .containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 1, 31));
    }

    @Test
    void theVisitorsSupportNeedsAreInTheNomisVisitCommentAfterTheReference() {
        DpsVisit visit = SampleVisits.numbered(1).withVisitorSupport("Wheelchair access, hearing loop");

        assertThat(book(visit, PROCESSED)).isInstanceOf(SyncOutcome.Synced.class);

        NomisVisitRequest sent = nomis.creates.get(0);
        assertThat(sent.visitComment()).isEqualTo("DPS booking reference: " + visit.reference()
                + ". Visitor support: Wheelchair access, hearing loop");
        assertThat(sent.visitOrderComment()).isEqualTo("DPS booking reference: " + visit.reference());
        long nomisId = Long.parseLong(mappings.findByDpsId(VisitsSync.ENTITY_TYPE, visit.reference())
                .orElseThrow().nomisId());
        assertThat(nomis.findVisit(nomisId)).get().extracting(NomisVisit::commentText)
                .isEqualTo(sent.visitComment());
    }

    @Test
    void aChangedSupportNeedReachesTheNomisCommentAndALongOneIsCutToNomisSize() {
        DpsVisit visit = SampleVisits.numbered(1);
        book(visit, PROCESSED);
        DpsVisit changed = visit.withVisitorSupport("s".repeat(500));
        dps.change(changed);

        assertThat(deliver(Events.dpsVisit("changed", changed, "DPS", PROCESSED)))
                .isInstanceOf(SyncOutcome.Synced.class);

        String comment = nomis.updates.get(0).visitComment();
        assertThat(comment).hasSize(240).startsWith("DPS booking reference: " + visit.reference()
                + ". Visitor support: sss").endsWith("s…");
    }

    @Test
    void aBookedEventWithoutAnOffsetOccurredAtIsInvalid() {
        TestWorld world = TestWorld.create();
        DpsVisit visit = SampleVisits.numbered(1);
        world.dps().book(visit);
        world.drain(TestWorld.TO_NOMIS);
        Map<String, Object> message = new LinkedHashMap<>(Events.dpsVisit("booked", visit, "DPS", PROCESSED)
                .message());
        message.put("occurredAt", "yesterday");

        Disposition disposition = world.handle(TestWorld.TO_NOMIS, new Notification("n", VisitsSync.BOOKED,
                message));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("'occurredAt'");
        assertThat(world.nomis().size()).isZero();
    }

    @Test
    void aHundredKilobyteReferenceIsDeadLetteredAtOnceWithTheRealReasonAndNeverClaimed() {
        TestWorld world = TestWorld.create();
        DpsVisit visit = SampleVisits.booked("r".repeat(100_000), "A1234BC", SampleVisits.FIRST_START);

        Disposition disposition = world.handle(TestWorld.TO_NOMIS,
                Events.dpsVisit("booked", visit, "DPS", PROCESSED));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason())
                .contains("'additionalInformation.reference' is not an id").contains("was 100000 long")
                .hasSizeLessThan(300);
        assertThat(world.claims().size()).isZero();
    }

    @Test
    void aPrisonerNumberOfTheWrongShapeIsDeadLetteredAtOnce() {
        TestWorld world = TestWorld.create();
        DpsVisit visit = SampleVisits.booked("ab-cd-ef-gh", "A1234BC; DROP TABLE", SampleVisits.FIRST_START);

        Disposition disposition = world.handle(TestWorld.TO_NOMIS,
                Events.dpsVisit("booked", visit, "DPS", PROCESSED));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("'prisonerId' is not a prisoner number");
    }
}
