package org.prisonsync.core.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.OperationHandler;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.Params;

/**
 * The reconciliation engine's operations, the same for every domain's reconciliation: start a run (or run and wait),
 * list and read runs with their mismatches, repair a run's mismatches (dry run first), and keep the exclusion lists.
 * One endpoint and one CLI command each; the engine is reached lazily, so listing the commands builds nothing.
 */
public final class ReconciliationOperations {
    /** Who may run, read and repair reconciliations (upstream's reconciliation role). */
    public static final String ROLE = "ROLE_DPS_RECONCILIATION__RW";
    private static final int MAX_LIMIT = 100;

    private ReconciliationOperations() {
    }

    public static List<Operation> all(Supplier<ReconciliationEngine> engine) {
        return all(engine, () -> engine.get().reads());
    }

    /**
     * The operations, with the reads (runs, one run, exclusions) through {@code reads}, which a runner may make without
     * the engine from the declared names and the stores (the same the engine is built over), so listing runs builds no
     * domain.
     */
    public static List<Operation> all(Supplier<ReconciliationEngine> engine, Supplier<ReconciliationReads> reads) {
        Param name = Param.path("name", ParamType.STRING,
                "the reconciliation's name, e.g. incentives or alerts").maxLength(60).positional("NAME");
        Param runId = Param.path("runId", ParamType.STRING, "the run's id, as the run listing shows it")
                .maxLength(36).positional("RUN_ID");
        return List.of(
                Operation.command("reconciliation-run").role(ROLE).post("/reconciliations/{name}/runs")
                        .cli("reconciliation", "run")
                        .summary("Runs a reconciliation now, in the background unless told to wait.")
                        .description("Compares NOMIS and DPS for every item of the reconciliation's population, "
                                + "stores the run with each mismatch (both sides' values and the side likely "
                                + "wrong), and emits the reconciliation's telemetry. Without wait the answer is the "
                                + "run's id at once (202); read the run with 'reconciliation show'.")
                        .param(name)
                        .param(Param.query("wait", ParamType.BOOLEAN, "true: answer when the run has ended")
                                .withDefault("false"))
                        .param(Param.query("date", ParamType.DATE,
                                "for a dated reconciliation: the day to compare (default yesterday)"))
                        .param(Param.query(ReconciliationParameters.FROM, ParamType.DATE,
                                "for a reconciliation over a range of days: the first day (its own default)"))
                        .param(Param.query(ReconciliationParameters.TO, ParamType.DATE,
                                "for a reconciliation over a range of days: the last day (its own default)"))
                        .param(Param.dryRun())
                        .renderer(ReconciliationOperations::renderRun)
                        .handler(found(p -> {
                            Map<String, String> given = new LinkedHashMap<>();
                            for (String dated : List.of(ReconciliationParameters.DATE, ReconciliationParameters.FROM,
                                    ReconciliationParameters.TO)) {
                                p.optional(dated, LocalDate.class).ifPresent(d -> given.put(dated, d.toString()));
                            }
                            if (p.dryRun()) {
                                // only a reconciliation that changes things as it runs (case notes' duplicate
                                // removal) declares it; any other refuses the parameter
                                given.put(Param.DRY_RUN, "true");
                            }
                            ReconciliationParameters parameters = new ReconciliationParameters(given);
                            if (p.bool("wait")) {
                                return Answer.done(engine.get().run(p.string("name"), parameters));
                            }
                            String id = engine.get().start(p.string("name"), parameters);
                            return Answer.accepted(engine.get().find(id).orElseThrow());
                        })),
                Operation.query("reconciliation-runs").role(ROLE).get("/reconciliations/{name}/runs")
                        .cli("reconciliation", "runs")
                        .summary("Lists a reconciliation's latest runs, newest first.")
                        .param(name)
                        .param(Param.query("limit", ParamType.INTEGER, "how many runs (1 to 100)")
                                .withDefault("20").range(1, MAX_LIMIT))
                        .renderer(body -> renderList(body, ReconciliationOperations::renderRun))
                        .handler(found(p -> Answer.done(reads.get().runs(p.string("name"), p.intValue("limit"))))),
                Operation.query("reconciliation-show").role(ROLE).get("/reconciliations/runs/{runId}")
                        .cli("reconciliation", "show")
                        .summary("Shows one run and every mismatch it found.")
                        .param(runId)
                        .renderer(ReconciliationOperations::renderShown)
                        .handler(found(p -> {
                            String id = p.string("runId");
                            ReconciliationReads read = reads.get();
                            ReconciliationRun run = read.find(id).orElseThrow(() ->
                                    new ReconciliationNotFoundException("no reconciliation run " + id));
                            Map<String, Object> shown = new LinkedHashMap<>();
                            shown.put("run", run);
                            shown.put("mismatches", read.mismatches(id));
                            return Answer.done(shown);
                        })),
                Operation.repair("reconciliation-repair").role(ROLE).post("/reconciliations/runs/{runId}/repair")
                        .cli("reconciliation", "repair")
                        .summary("Repairs a run's mismatches, or one of them; dry run first.")
                        .description("Each repair re-reads both sides first (the run may be old) and says what it "
                                + "changed, or on a dry run what it would change. Mismatches whose reconciliation "
                                + "cannot repair them are reported as not repairable, for a person.")
                        .param(runId)
                        .param(Param.query("key", ParamType.STRING, "only this mismatch (e.g. a prisoner number)")
                                .maxLength(60))
                        .renderer(body -> renderList(body, ReconciliationOperations::renderRepair))
                        .handler(found(p -> {
                            String id = p.string("runId");
                            Optional<String> key = p.optional("key", String.class);
                            return Answer.done(key.isPresent()
                                    ? List.of(engine.get().repair(id, key.get(), p.dryRun()))
                                    : engine.get().repairAll(id, p.dryRun()));
                        })),
                Operation.query("reconciliation-exclusions").role(ROLE).get("/reconciliations/{name}/exclusions")
                        .cli("reconciliation", "exclusions")
                        .summary("Lists the keys a reconciliation does not report.")
                        .param(name)
                        .renderer(body -> renderList(body, e -> {
                            Exclusion x = (Exclusion) e;
                            return x.key() + "  " + x.reason() + "  (since " + x.addedAt() + ")";
                        }))
                        .handler(found(p -> Answer.done(reads.get().exclusions(p.string("name"))))),
                Operation.command("reconciliation-exclude").role(ROLE).put("/reconciliations/{name}/exclusions/{key}")
                        .cli("reconciliation", "exclude")
                        .summary("Stops reporting one key of a reconciliation, with the reason.")
                        .param(name)
                        .param(Param.path("key", ParamType.STRING, "the key to exclude (e.g. a prisoner number)")
                                .maxLength(60).positional("KEY"))
                        .param(Param.body("reason", ParamType.STRING, "why, for the next person to read")
                                .maxLength(200))
                        .handler(found(p -> Answer.done(engine.get().exclude(p.string("name"), p.string("key"),
                                p.string("reason"))))),
                Operation.command("reconciliation-include").role(ROLE)
                        .delete("/reconciliations/{name}/exclusions/{key}")
                        .cli("reconciliation", "include")
                        .summary("Reports a previously excluded key again.")
                        .param(name)
                        .param(Param.path("key", ParamType.STRING, "the excluded key").maxLength(60)
                                .positional("KEY"))
                        .handler(found(p -> engine.get().removeExclusion(p.string("name"), p.string("key"))
                                ? Answer.done(Map.of("removed", p.string("key")))
                                : Answer.notFound(p.string("key") + " is not excluded from " + p.string("name")))));
    }

    /** An unknown reconciliation, run or key is a 404, not an error. */
    private static OperationHandler found(Function<Params, Answer> handler) {
        return params -> {
            try {
                return handler.apply(params);
            } catch (ReconciliationNotFoundException e) {
                return Answer.notFound(e.getMessage());
            }
        };
    }

    static String renderRun(Object body) {
        ReconciliationRun run = (ReconciliationRun) body;
        return run.name() + " run " + run.id() + ": " + run.status() + ", started " + run.startedAt()
                + (run.endedAt() == null ? "" : ", ended " + run.endedAt()) + ", " + run.checked() + " checked, "
                + run.mismatchCount() + " mismatch(es), " + run.itemErrors() + " item error(s), " + run.pageErrors()
                + " page error(s)" + (run.parameters().isEmpty() ? "" : " " + run.parameters());
    }

    private static String renderShown(Object body) {
        Map<?, ?> shown = (Map<?, ?>) body;
        List<String> lines = new ArrayList<>();
        lines.add(renderRun(shown.get("run")));
        for (Object o : (List<?>) shown.get("mismatches")) {
            Mismatch m = (Mismatch) o;
            lines.add("  " + m.key() + "  NOMIS " + orNone(m.nomisValue()) + "  DPS " + orNone(m.dpsValue())
                    + "  likely wrong: "
                    + m.likelySide() + "  " + m.note());
        }
        return String.join("\n", lines);
    }

    private static String orNone(String value) {
        return value == null ? "none" : value;
    }

    private static String renderRepair(Object body) {
        RepairResult r = (RepairResult) body;
        return r.key() + "  " + r.outcome() + "  " + r.description();
    }

    private static String renderList(Object body, Function<Object, String> line) {
        List<?> items = (List<?>) body;
        return items.isEmpty() ? "(none)" : String.join("\n", items.stream().map(line).toList());
    }
}
