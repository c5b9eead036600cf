package org.prisonsync.core.nonassociations;

import java.util.List;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.repair.RepairReport;

/** The non-association repairs as operations; the reconciliation's are the engine's. */
public final class NonAssociationOperations {
    static final String ROLE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";

    private NonAssociationOperations() {
    }

    public static List<Operation> all(Supplier<NonAssociationsDomain> domain) {
        return List.of(
                Operation.repair(NonAssociationRepairs.RESYNC).role(ROLE)
                        .post("/non-associations/{nonAssociationId}/resync")
                        .cli("non-associations", "resync")
                        .summary("Makes NOMIS say what DPS says about one non-association; dry run first.")
                        .description("Seed 000: when a non-association is wrong in NOMIS (after a merge, or a lost "
                                + "event), instead of editing its comment in DPS to force a sync: the NOMIS record "
                                + "is matched as a merge matches it, the mapping pointed at it, the record amended "
                                + "from DPS (closed if DPS closed it), or made and mapped when NOMIS has none; one "
                                + "DPS no longer has is deleted from NOMIS with its mapping.")
                        .param(Param.path("nonAssociationId", ParamType.LONG, "the DPS non-association id, e.g. 42")
                                .range(1, Long.MAX_VALUE).positional("ID"))
                        .renderer(NonAssociationOperations::render)
                        .handler(p -> Answer.of(domain.get().repairs().resync(p.longValue("nonAssociationId"),
                                p.dryRun()))),
                Operation.repair(NonAssociationRepairs.CLOSE).role(ROLE)
                        .put("/non-associations/offender/{offenderNo}/ns-offender/{nsOffenderNo}/sequence/"
                                + "{typeSequence}/close")
                        .cli("non-associations", "close")
                        .summary("Closes one NOMIS non-association; dry run first.")
                        .description("Seed 000: a merge left two open NOMIS non-associations with one third party "
                                + "and DPS has the pair closed: close the NOMIS record (NOMIS's /close), which "
                                + "expires it today. A record already closed is left as it is.")
                        .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "one prisoner, e.g. A1234BC")
                                .positional("PRISONER"))
                        .param(Param.path("nsOffenderNo", ParamType.PRISONER_NUMBER, "the other prisoner")
                                .positional("OTHER_PRISONER"))
                        .param(Param.path("typeSequence", ParamType.INTEGER, "NOMIS's type sequence of the pair")
                                .range(1, NomisNonAssociationId.MAX_SEQUENCE).positional("SEQUENCE"))
                        .renderer(NonAssociationOperations::render)
                        .handler(p -> Answer.of(domain.get().repairs().close(p.string("offenderNo"),
                                p.string("nsOffenderNo"), p.intValue("typeSequence"), p.dryRun()))));
    }

    private static String render(Object body) {
        RepairReport report = (RepairReport) body;
        return report.status() + (report.actions().isEmpty() ? "" : ": " + String.join("; ", report.actions()))
                + (report.message().isEmpty() ? "" : " (" + report.message() + ")");
    }
}
