package org.prisonsync.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.testing.SampleVisits;
import org.prisonsync.core.testing.TestWorld;
import org.prisonsync.core.visits.DpsVisit;

/**
 * Two consumers on one queue, every booking delivered twice: the write claims alone (not NOMIS's duplicate check)
 * must keep NOMIS to one create per DPS visit.
 */
class ConcurrentConsumersTest {
    private static final int VISITS = 200;
    // In-memory queues ignore retry delays, so a copy waiting on a claim comes straight back: a generous receive
    // count stands in for the ladder's waits.
    private static final int GENEROUS_RECEIVE_COUNT = 1_000;

    private final ExecutorService consumers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopConsumers() {
        consumers.shutdownNow();
    }

    private void pumpWithTwoConsumers(TestWorld world) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Integer>> running = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            running.add(consumers.submit(() -> {
                start.await();
                return world.queues().pump(TestWorld.TO_NOMIS, world.processor());
            }));
        }
        int delivered = 0;
        for (Future<Integer> consumer : running) {
            delivered += consumer.get(60, TimeUnit.SECONDS);
        }
        assertThat(delivered).isGreaterThanOrEqualTo(2 * VISITS);
        assertThat(world.queues().messages(TestWorld.TO_NOMIS)).isEmpty();
    }

    private static List<DpsVisit> book(TestWorld world) {
        List<DpsVisit> visits = IntStream.rangeClosed(1, VISITS).mapToObj(SampleVisits::numbered).toList();
        visits.forEach(world.dps()::book);
        return visits;
    }

    private static void assertOneNomisVisitPerDpsVisit(TestWorld world, List<DpsVisit> visits) {
        assertThat(world.nomis().size()).isEqualTo(VISITS);
        assertThat(world.mappings().all()).hasSize(VISITS);
        assertThat(world.mappings().all().stream().map(Mapping::nomisId).distinct().count()).isEqualTo(VISITS);
        visits.forEach(v -> assertThat(world.nomisVisitOf(v.reference())).get()
                .satisfies(n -> assertThat(n.offenderNo()).isEqualTo(v.prisonerId())));
        assertThat(world.dlq(TestWorld.TO_NOMIS_DLQ)).isEmpty();
        assertThat(world.claims().size()).isZero();
    }

    @RepeatedTest(3)
    void twoConsumersOfTwiceDeliveredBookingsCreateEachVisitOnce() throws Exception {
        TestWorld world = TestWorld.builder().deliveries(2).maxReceiveCount(GENEROUS_RECEIVE_COUNT).build();
        List<DpsVisit> visits = book(world);

        pumpWithTwoConsumers(world);

        assertOneNomisVisitPerDpsVisit(world, visits);
        assertThat(world.nomisPort().createCalls()).as("NOMIS asked once per visit").isEqualTo(VISITS);
        assertThat(world.nomisPort().foundExisting()).isZero();
        assertThat(world.telemetry().count("visit-create-success")).isEqualTo(VISITS);
        assertThat(world.telemetry().count("visit-create-duplicate")).isEqualTo(VISITS);
    }

    @RepeatedTest(3)
    void twoConsumersWithLostNomisResponsesStillCreateEachVisitOnce() throws Exception {
        TestWorld world = TestWorld.builder().deliveries(2).maxReceiveCount(GENEROUS_RECEIVE_COUNT)
                .lostCreateResponses(10, 11).build();
        List<DpsVisit> visits = book(world);

        pumpWithTwoConsumers(world);

        assertOneNomisVisitPerDpsVisit(world, visits);
        int lost = world.nomisPort().timeouts();
        assertThat(lost).isPositive();
        assertThat(world.nomisPort().createCalls()).isEqualTo(VISITS + lost);
        assertThat(world.nomisPort().foundExisting()).isEqualTo(lost);
    }
}
