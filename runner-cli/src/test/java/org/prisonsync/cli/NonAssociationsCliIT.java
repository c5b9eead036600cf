package org.prisonsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.cli.CliBesideService.Result;
import org.prisonsync.core.nonassociations.DpsNonAssociation;
import org.prisonsync.core.nonassociations.NomisNonAssociation;
import org.prisonsync.service.PrisonSyncService;
import org.prisonsync.service.ServiceConfig;
import org.prisonsync.simulator.nonassociations.NonAssociationsSimulation;

/**
 * The non-associations commands (seed 000's "force a sync from DPS" and NOMIS's {@code /close}), run beside the
 * service with its configuration, on its state: each plans on {@code --dry-run} without changing NOMIS, then acts;
 * a record already as asked is nothing to do, an unknown one exit 4, bad input a usage error (exit 2) before anything
 * is read.
 */
class NonAssociationsCliIT {
    @TempDir
    static Path data;
    static Map<String, String> ENV;
    static PrisonSyncService service;
    static NonAssociationsSimulation nonAssociations;

    @BeforeAll
    static void start() throws IOException {
        ENV = CliBesideService.embeddedEnv(data);
        service = PrisonSyncService.start(ServiceConfig.from(ENV));
        nonAssociations = service.simulator().orElseThrow().domain(NonAssociationsSimulation.class);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void resyncPlansOnADryRunThenMakesNomisSayWhatDpsSays() throws InterruptedException {
        DpsNonAssociation na = created("C1000NA", "D1000NA");
        nonAssociations.dps().close(na.id()); // no event: NOMIS never heard
        String id = Long.toString(na.id());

        Result plan = cli("non-associations", "resync", id, "--dry-run");
        assertThat(plan.code()).as(plan.out()).isZero();
        assertThat(plan.out()).startsWith("PLANNED").contains(id);
        assertThat(nomis("C1000NA", "D1000NA").expiryDate()).isNull();

        Result done = cli("non-associations", "resync", id);
        assertThat(done.code()).as(done.out()).isZero();
        assertThat(done.out()).startsWith("DONE");
        assertThat(nomis("C1000NA", "D1000NA").expiryDate()).isNotNull();

        Result again = cli("non-associations", "resync", id, "--dry-run");
        assertThat(again.code()).as(again.out()).isZero();
        assertThat(again.out()).startsWith("NOTHING_TO_DO");
        Result json = cli("non-associations", "resync", id, "--dry-run", "--json");
        assertThat(json.out()).contains("\"status\"", "NOTHING_TO_DO");
    }

    @Test
    void closePlansOnADryRunThenClosesTheNomisRecordOnceAndAnUnknownOneIsNotFound() throws InterruptedException {
        created("C2000NA", "D2000NA");

        Result plan = cli("non-associations", "close", "D2000NA", "C2000NA", "1", "--dry-run");
        assertThat(plan.code()).as(plan.out()).isZero();
        assertThat(plan.out()).startsWith("PLANNED");
        assertThat(nomis("C2000NA", "D2000NA").expiryDate()).isNull();

        Result done = cli("non-associations", "close", "D2000NA", "C2000NA", "1");
        assertThat(done.code()).as(done.out()).isZero();
        assertThat(done.out()).startsWith("DONE");
        assertThat(nomis("C2000NA", "D2000NA").expiryDate()).isEqualTo(LocalDate.now(ZoneId.of("Europe/London")));

        assertThat(cli("non-associations", "close", "D2000NA", "C2000NA", "1").out()).startsWith("NOTHING_TO_DO");
        Result unknown = cli("non-associations", "close", "D2000NA", "C2000NA", "7", "--dry-run");
        assertThat(unknown.code()).as(unknown.out()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(cli("non-associations", "resync", "987654321", "--dry-run").code())
                .isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void badInputIsAUsageErrorNamingWhatIsWrong() {
        for (List<String> args : List.of(
                List.of("non-associations", "resync", "12x", "--dry-run"),
                List.of("non-associations", "resync", "0", "--dry-run"),
                List.of("non-associations", "resync", "99999999999999999999", "--dry-run"),
                List.of("non-associations", "resync", "12", "--dry-run=maybe"),
                List.of("non-associations", "close", "NOT-A-NO", "C2000NA", "1", "--dry-run"),
                List.of("non-associations", "close", "D2000NA", "C2000NA", "0", "--dry-run"),
                List.of("non-associations", "close", "D2000NA", "C2000NA", "--dry-run"),
                List.of("non-associations", "close", "D2000NA", "C2000NA", "1", "--extra"))) {
            Result result = cli(args.toArray(String[]::new));
            assertThat(result.code()).as(args + ": " + result.out()).isEqualTo(ExitCodes.USAGE);
        }
        assertThat(cli("non-associations", "close", "NOT-A-NO", "C2000NA", "1").out()).contains("PRISONER");
        assertThat(cli("non-associations", "--help").out()).contains("resync", "close");
    }

    private static DpsNonAssociation created(String first, String second) throws InterruptedException {
        DpsNonAssociation na = nonAssociations.create(first, second, "CELL", "from the CLI test");
        for (int i = 0; i < 300 && service.core().mappings().findByDpsId("NON_ASSOCIATION",
                Long.toString(na.id())).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(service.core().mappings().findByDpsId("NON_ASSOCIATION", Long.toString(na.id()))).isPresent();
        return na;
    }

    private static NomisNonAssociation nomis(String first, String second) {
        return nonAssociations.nomis().all(first, second).get(0);
    }

    private static Result cli(String... args) {
        return CliBesideService.run(ENV, args);
    }


}
