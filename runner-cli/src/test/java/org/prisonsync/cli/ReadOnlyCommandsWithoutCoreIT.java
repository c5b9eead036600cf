package org.prisonsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationOperations;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.ReconciliationRuns;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.jdbc.reconciliation.ReconciliationJdbcAdapters;
import org.prisonsync.wiring.PrisonSyncConfig;

/**
 * Through the CLI's real component and an H2 database: {@code mapping show} (with or without {@code --type}),
 * {@code migrate history} and {@code reconciliation runs|show|exclusions} open the database and the one store each
 * reads, the mapped types and reconciliation names coming from the domains' declarations. The configuration makes
 * building the core fail (an out-of-range {@code ALERTS_WINDOW_SECONDS} is refused when the core's notifier is
 * provided), so a command that builds the core ends in that error and one that does not answers from the store; the
 * same commands through the built core (a valid configuration over the same database) answer the same.
 */
class ReadOnlyCommandsWithoutCoreIT {
    private static final String RUN_ID = "5f0c6a52-2b7e-4b61-9a4e-0c1d2e3f4a5b";

    @TempDir
    Path data;

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliMain.run(args, Map.of("PRISON_SYNC_DATA_DIR", data.toString(), "ALERTS_WINDOW_SECONDS", "0"),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** The same command with the core built first and every read through it: the engine's reads, the core's types. */
    private Result throughTheCore(CliComponent component, String... args) {
        PrisonSyncCore core = component.core();
        List<Operation> operations = component.operations().stream()
                .filter(o -> !o.name().startsWith("reconciliation-"))
                .collect(Collectors.toCollection(java.util.ArrayList::new));
        operations.addAll(ReconciliationOperations.all(core::reconciliations));
        operations.sort(Comparator.comparing(Operation::name));
        CoreAccess access = new CoreAccess(() -> core);
        access.core();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliMain.run(args, access, operations, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private CliComponent component() {
        return CliComponent.build(PrisonSyncConfig.from(Map.of("PRISON_SYNC_DATA_DIR", data.toString())),
                Telemetry.NONE);
    }

    @Test
    void givenAType_thenTheStoreAnswersWithoutTheCore() {
        Result result = run("mapping", "show", "--type", "VISIT", "--prisoner", "A1234BC");

        assertThat(result.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.err()).contains("no VISIT mapping found").doesNotContain("ALERTS_WINDOW_SECONDS");
    }

    @Test
    void givenAMigrationType_thenHistoryIsReadFromTheStoreWithoutTheCore() {
        Result history = run("migrate", "history", "visits");
        Result unknown = run("migrate", "history", "NO_SUCH_TYPE");

        assertThat(history.code()).as(history.err()).isEqualTo(ExitCodes.OK);
        assertThat(history.err()).doesNotContain("ALERTS_WINDOW_SECONDS");
        assertThat(unknown.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.out()).contains("NO_SUCH_TYPE");
    }

    @Test
    void givenNoType_thenEveryDeclaredMappedTypeIsReadWithoutTheCore() {
        Result nothing = run("mapping", "show", "--prisoner", "A1234BC");
        assertThat(nothing.code()).as(nothing.err()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(nothing.err()).isEqualTo("no mapping found\n");

        CliComponent component = component();
        component.mappingStore().save(Mapping.of("VISIT", "101", "dps-101", "A1234BC", "ONLINE"));
        component.mappingStore().save(Mapping.of("ALERT", "202", "dps-202", "A1234BC", "DPS_CREATED"));
        component.mappingStore().save(Mapping.of("CASENOTE", "303", "dps-303", "A1234BC", "DPS_CREATED"));

        Result found = run("mapping", "show", "--prisoner", "A1234BC");
        assertThat(found.code()).as(found.err()).isEqualTo(ExitCodes.OK);
        assertThat(found.out()).contains("dps-101", "dps-202")
                .as("a type no domain saves with a mapping retry is looked up only with --type")
                .doesNotContain("dps-303");
        assertThat(throughTheCore(component, "mapping", "show", "--prisoner", "A1234BC")).isEqualTo(found);
        assertThat(run("mapping", "show", "--dps-id", "dps-202"))
                .isEqualTo(throughTheCore(component, "mapping", "show", "--dps-id", "dps-202"));
        component.openedResources().closeAll();
    }

    @Test
    void reconciliationRunsAndARunAreReadWithoutTheCoreAsTheEngineReadsThem() {
        CliComponent component = component();
        ReconciliationRuns runs = ReconciliationJdbcAdapters.runs(component.database());
        runs.start(ReconciliationRun.started(RUN_ID, "incentives", ReconciliationParameters.none(),
                Instant.parse("2026-12-07T03:00:00Z")));
        runs.addMismatches(RUN_ID, List.of(new Mismatch("A1234BC", Map.of("offenderNo", "A1234BC"), "STD", "ENH",
                LikelySide.NOMIS, "NOMIS's level is behind DPS's")));

        List<List<String>> commands = List.of(
                List.of("reconciliation", "runs", "incentives"),
                List.of("reconciliation", "runs", "alerts", "--limit", "5"),
                List.of("reconciliation", "show", RUN_ID),
                List.of("reconciliation", "exclusions", "incentives"),
                List.of("reconciliation", "runs", "no-such-reconciliation"),
                List.of("reconciliation", "show", "6f0c6a52-2b7e-4b61-9a4e-0c1d2e3f4a5b"),
                List.of("reconciliation", "show", "not-a-run-id"),
                List.of("reconciliation", "runs", "incentives", "--limit", "0"));
        for (List<String> command : commands) {
            String[] args = command.toArray(String[]::new);
            Result light = run(args);
            assertThat(light.err()).as(String.join(" ", command)).doesNotContain("ALERTS_WINDOW_SECONDS");
            assertThat(light).as(String.join(" ", command)).isEqualTo(throughTheCore(component, args));
        }

        assertThat(run("reconciliation", "runs", "incentives").out()).contains("incentives run " + RUN_ID);
        assertThat(run("reconciliation", "show", RUN_ID).out()).contains("A1234BC  NOMIS STD  DPS ENH");
        Result unknown = run("reconciliation", "runs", "no-such-reconciliation");
        assertThat(unknown.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).contains("no reconciliation is called 'no-such-reconciliation'");
        Result noRun = run("reconciliation", "show", "not-a-run-id");
        assertThat(noRun.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(noRun.err()).contains("not-a-run-id");
        assertThat(run("reconciliation", "runs", "incentives", "--limit", "0").code()).isEqualTo(ExitCodes.USAGE);
        component.openedResources().closeAll();
    }

    @Test
    void aCommandThatRunsAReconciliationStillBuildsTheCore() {
        Result result = run("reconciliation", "run", "incentives");

        assertThat(result.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(result.err()).contains("ALERTS_WINDOW_SECONDS must be between 1 and 3600");
    }

    /**
     * The one source of truth: every installed domain registers exactly the declaration it returns, and the wiring
     * contributes exactly those declarations, one per domain (building the core checks the same, and refuses to start
     * otherwise).
     */
    @Test
    void everyDomainsDeclarationIsWhatTheBuiltDomainRegistersAndWhatTheWiringContributes() {
        CliComponent component = component();
        PrisonSyncCore core = component.core();
        Set<DomainDeclaration> contributed = component.declarations();

        assertThat(core.domains()).hasSizeGreaterThanOrEqualTo(13);
        for (SyncDomain domain : core.domains()) {
            DomainDeclaration registered = core.registered().stream()
                    .filter(d -> d.domain().equals(domain.name())).findFirst().orElseThrow();
            assertThat(domain.declaration()).as(domain.name()).isEqualTo(registered);
            assertThat(contributed).as(domain.name()).contains(registered);
        }
        assertThat(contributed).hasSameSizeAs(core.domains());
        assertThat(DomainDeclaration.mappedEntityTypes(contributed)).isEqualTo(core.routes().mappedEntityTypes());
        assertThat(DomainDeclaration.reconciliations(contributed)).containsExactlyElementsOf(
                core.reconciliations().reconciliations().stream().map(r -> r.name()).sorted().toList());
        component.openedResources().closeAll();
    }

    private record Result(int code, String out, String err) {
    }
}
