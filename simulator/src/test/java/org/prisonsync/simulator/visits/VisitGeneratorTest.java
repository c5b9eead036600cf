package org.prisonsync.simulator.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.VisitsMigrationFilter;

class VisitGeneratorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC);

    private static List<NomisVisit> generated(int count, long seed) {
        InMemoryVisitsNomisApi nomis = new InMemoryVisitsNomisApi(CLOCK);
        new VisitGenerator(nomis, CLOCK).generate(count, seed, List.of("MDI", "LEI"));
        return nomis.all();
    }

    @Test
    void theSameSeedGivesTheSameVisits_anotherSeedOthers() {
        assertThat(generated(500, 3)).isEqualTo(generated(500, 3));
        assertThat(generated(500, 3)).isNotEqualTo(generated(500, 4));
    }

    @Test
    void theMixHasPastAndFutureVisits_socialAndOfficial_inThreeRoomsPerPrison() {
        List<NomisVisit> visits = generated(5000, 1);
        LocalDate today = LocalDate.of(2026, 2, 1);

        long future = visits.stream().filter(v -> v.startDateTime().toLocalDate().isAfter(today)).count();
        long official = visits.stream().filter(v -> v.visitType().equals("OFFI")).count();
        assertThat(future).isBetween(1700L, 2300L);
        assertThat(official).isBetween(800L, 1200L);
        assertThat(visits).extracting(NomisVisit::room).containsOnly(
                "MDI-VISITS-SOC_VIS", "MDI-VISITS-OFF_VIS", "MDI-VISITS-CLOSED",
                "LEI-VISITS-SOC_VIS", "LEI-VISITS-OFF_VIS", "LEI-VISITS-CLOSED");
        assertThat(visits).allSatisfy(v -> {
            assertThat(v.offenderNo()).matches("[A-Z]\\d{4}[A-Z]{2}");
            assertThat(v.whenCreated()).isBefore(v.startDateTime());
            assertThat(v.visitorPersonIds()).contains(v.leadVisitorPersonId());
        });
        assertThat(visits.stream().filter(NomisVisit::cancelled)).allSatisfy(v -> assertThat(v.visitOutcome())
                .isNotNull());
    }

    @Test
    void twoHundredThousandVisitsAreGeneratedAndPagedQuickly() {
        InMemoryVisitsNomisApi nomis = new InMemoryVisitsNomisApi(CLOCK);
        long started = System.nanoTime();

        VisitGenerator.Generated result = new VisitGenerator(nomis, CLOCK).generate(200_000, 9, List.of("MDI"));
        VisitsMigrationFilter all = new VisitsMigrationFilter(List.of(), List.of("SCON", "OFFI"), null, null, false);
        for (int page = 0; page < 200; page++) {
            assertThat(nomis.findVisitIds(all, page, 1000).visitIds()).hasSize(1000);
        }

        assertThat(result.totalVisits()).isEqualTo(200_000);
        assertThat(result.lastVisitId() - result.firstVisitId()).isEqualTo(199_999);
        assertThat(System.nanoTime() - started).isLessThan(20_000_000_000L);
    }
}
