package org.prisonsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.cli.CliBesideService.Result;
import org.prisonsync.core.adjustments.NomisAdjustmentId;
import org.prisonsync.service.PrisonSyncService;
import org.prisonsync.service.ServiceConfig;
import org.prisonsync.simulator.adjustments.AdjustmentsSimulation;

/**
 * Upstream's to-NOMIS adjustment repair as a command ({@code adjustments repair}), run beside the service with its
 * configuration, on its state: it plans on {@code --dry-run} without writing NOMIS, creates an unmapped adjustment,
 * updates a mapped one (NOMIS's active flag only with {@code --force-status}), refuses another prisoner's adjustment
 * (exit 3), and bad input is a usage error (exit 2).
 */
class AdjustmentsCliIT {
    @TempDir
    static Path data;
    static Map<String, String> ENV;
    static PrisonSyncService service;
    static AdjustmentsSimulation adjustments;

    @BeforeAll
    static void start() throws IOException {
        ENV = CliBesideService.embeddedEnv(data);
        service = PrisonSyncService.start(ServiceConfig.from(ENV));
        adjustments = service.simulator().orElseThrow().domain(AdjustmentsSimulation.class);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void repairPlansThenCreatesAnUnmappedAdjustmentThenUpdatesItForcingTheActiveFlag() {
        adjustments.admit(7101, "A7101AA", "MDI");
        String uuid = adjustments.plantDps(AdjustmentsSimulation.legacy(7101, 1, "A7101AA", "RX", 6));

        Result plan = cli("adjustments", "repair", uuid, "--prisoner", "A7101AA", "--dry-run");
        assertThat(plan.code()).as(plan.out()).isZero();
        assertThat(plan.out()).contains("PLANNED", "create a NOMIS sentence adjustment");
        assertThat(adjustments.nomis().bookingAdjustments(7101, false)).isEmpty();

        Result created = cli("adjustments", "repair", uuid, "--prisoner", "A7101AA");
        assertThat(created.code()).as(created.out()).isZero();
        assertThat(created.out()).contains("DONE");
        NomisAdjustmentId id = NomisAdjustmentId.parseKey(service.core().mappings()
                .findByDpsId("SENTENCING_ADJUSTMENT", uuid).orElseThrow().nomisId()).orElseThrow();
        assertThat(adjustments.nomis().find(id).orElseThrow().active()).isTrue();

        Result forced = cli("adjustments", "repair", uuid, "--prisoner", "A7101AA", "--force-status",
                "--set-active=false");
        assertThat(forced.code()).as(forced.out()).isZero();
        assertThat(forced.out()).contains("update NOMIS adjustment " + id.key(), "active false");
        assertThat(adjustments.nomis().find(id).orElseThrow().active()).isFalse();
        assertThat(adjustments.nomis().bookingAdjustments(7101, false)).hasSize(1);

        Result refused = cli("adjustments", "repair", uuid, "--prisoner", "A7102AA");
        assertThat(refused.code()).as(refused.out()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.out()).contains("belongs to A7101AA");
        assertThat(cli("adjustments", "repair", "no-such-adjustment", "--prisoner", "A7101AA", "--dry-run").code())
                .isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void badInputIsAUsageError() {
        for (List<String> args : List.of(
                List.of("adjustments", "repair", "an-id", "--prisoner", "A7101AA", "--force-status=yes"),
                List.of("adjustments", "repair", "an-id", "--prisoner", "not-a-no", "--dry-run"),
                List.of("adjustments", "repair", "an-id", "--dry-run"),
                List.of("adjustments", "repair", "bad id!", "--prisoner", "A7101AA", "--dry-run"),
                List.of("adjustments", "repair", "an-id", "--prisoner", "A7101AA", "--dry-run=1"))) {
            Result result = cli(args.toArray(String[]::new));
            assertThat(result.code()).as(args + ": " + result.out()).isEqualTo(ExitCodes.USAGE);
        }
        assertThat(cli("adjustments", "repair", "--help").out()).contains("--force-status", "--set-active",
                "--dry-run");
    }

    private static Result cli(String... args) {
        return CliBesideService.run(ENV, args);
    }


}
