package org.prisonsync.core.incentives;

import java.util.List;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.repair.RepairReport;

/** Incentives' own repair, at upstream's path and role; the reconciliation's operations are the engine's. */
public final class IncentiveOperations {
    private IncentiveOperations() {
    }

    public static List<Operation> all(Supplier<IncentivesDomain> domain) {
        return List.of(Operation.repair("incentives-repair").role("ROLE_PRISONER_TO_NOMIS__UPDATE__RW")
                .post("/incentives/prisoner/{prisonNumber}/repair")
                .cli("incentives", "repair")
                .summary("Re-creates a prisoner's current DPS incentive review in NOMIS; dry run first.")
                .description("Seed 000: when NOMIS's current IEP is not DPS's current review (a manual NOMIS "
                        + "review, or a system IEP after a double transfer), write DPS's current review to NOMIS as "
                        + "the newest IEP. No mapping is made, as upstream's repair makes none.")
                .param(Param.path("prisonNumber", ParamType.PRISONER_NUMBER, "the prisoner, e.g. A1234BC")
                        .positional("PRISONER"))
                .renderer(body -> {
                    RepairReport report = (RepairReport) body;
                    return report.status() + (report.actions().isEmpty() ? "" : ": "
                            + String.join("; ", report.actions())) + (report.message().isEmpty() ? ""
                            : " (" + report.message() + ")");
                })
                .handler(p -> Answer.of(domain.get().repair().repair(p.string("prisonNumber"), p.dryRun()))));
    }
}
