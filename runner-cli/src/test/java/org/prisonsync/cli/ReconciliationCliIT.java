package org.prisonsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.service.PrisonSyncService;
import org.prisonsync.service.ServiceConfig;
import org.prisonsync.simulator.incentives.IncentiveGenerator;
import org.prisonsync.simulator.incentives.IncentivesSimulation;

/**
 * A reconciliation from the command line, beside the running service on the same state: run it, list its runs, read
 * one with its mismatches, plan the repair — the operator's path of seed 000 without reading logs; and
 * {@code alerts reconcile}, whose answer is such a run too.
 */
class ReconciliationCliIT {
    @TempDir
    static Path data;
    static Map<String, String> ENV;
    static PrisonSyncService service;
    static IncentiveGenerator.Generated generated;

    @BeforeAll
    static void start() throws Exception {
        ENV = CliBesideService.embeddedEnv(data);
        service = PrisonSyncService.start(ServiceConfig.from(ENV));
        generated = service.simulator().orElseThrow().domain(IncentivesSimulation.class).generate(200, 5, 4);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void runListShowAndPlanTheRepairFromTheCommandLine() {
        String ran = cli(0, "reconciliation", "run", "incentives", "--wait=true");
        assertThat(ran).contains("COMPLETED").contains("200 checked").contains("4 mismatch(es)");
        Matcher id = Pattern.compile("incentives run ([0-9a-f-]{36})").matcher(ran);
        assertThat(id.find()).as(ran).isTrue();

        assertThat(cli(0, "reconciliation", "runs", "incentives")).contains(id.group(1));
        String shown = cli(0, "reconciliation", "show", id.group(1));
        generated.mismatches().forEach(m -> assertThat(shown).contains(m.prisonerNumber())
                .contains("likely wrong: " + m.likelyWrong()));

        String plan = cli(0, "reconciliation", "repair", id.group(1), "--dry-run");
        assertThat(plan).contains("WOULD_REPAIR");
        assertThat(cli(0, "reconciliation", "run", "incentives", "--wait=true")).contains("4 mismatch(es)");
        cli(4, "reconciliation", "show", "00000000-0000-0000-0000-000000000000");
        cli(2, "reconciliation", "runs", "incentives", "--limit", "0");
    }

    @Test
    void alertsReconcileIsARunOfTheAlertsReconciliation_listedAndShownLikeAnyOther() {
        String prisoner = generated.firstPrisonerNumber();
        service.simulator().orElseThrow().dpsAlerts().seed(prisoner,
                new DpsAlertRequest("XA", null, "Governor", LocalDate.now().minusDays(3), null));

        String ran = cli(0, "alerts", "reconcile");
        assertThat(ran).contains("checked 200 of 200 active prisoners: 1 mismatch(es), 0 error(s)")
                .contains(prisoner + ": NOMIS 0, DPS 1; missing from DPS []; missing from NOMIS [XA]");
        Matcher id = Pattern.compile("run ([0-9a-f-]{36}) COMPLETED").matcher(ran);
        assertThat(id.find()).as(ran).isTrue();

        assertThat(cli(0, "reconciliation", "runs", "alerts")).contains(id.group(1));
        assertThat(cli(0, "reconciliation", "show", id.group(1))).contains("alerts run " + id.group(1))
                .contains("200 checked, 1 mismatch(es)").contains(prisoner + "  NOMIS   DPS XA");
        assertThat(cli(0, "reconciliation", "repair", id.group(1), "--dry-run")).contains("NOT_REPAIRABLE");
    }

    /**
     * A command's own events reach the trail before its process ends, and the trail answers by prisoner: the
     * mismatches a reconciliation run from the command line reports are found by {@code events --prisoner}.
     */
    @Test
    void aReconciliationsMismatchesAreInThePrisonersTrail() {
        cli(0, "reconciliation", "run", "incentives", "--wait=true");
        String prisoner = generated.mismatches().get(0).prisonerNumber();

        String trail = cli(0, "events", "--prisoner", prisoner, "--since", "1h");

        assertThat(trail).contains("reconciliation-mismatch").contains("prisoner=" + prisoner);
        assertThat(cli(0, "events", "--prisoner", "Z9999ZZ")).startsWith("0 event(s)");
        cli(2, "events", "--since", "2 hours");
        cli(2, "events", "--prisoner", "z9999zz");
    }

    private static String cli(int expectedExit, String... args) {
        CliBesideService.Result result = CliBesideService.run(ENV, args);
        String all = result.out();
        assertThat(result.code()).as(String.join(" ", args) + ":\n" + all).isEqualTo(expectedExit);
        return all;
    }

}
