package org.prisonsync.core.appointments;

import java.util.List;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.repair.RepairReport;

/**
 * Appointments' own repairs (upstream has none; seed 000 calls NOMIS by hand). The reconciliation's runs, repairs
 * and exclusion lists are the engine's operations ({@code reconciliation … appointments}).
 */
public final class AppointmentOperations {
    static final String ROLE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";

    private AppointmentOperations() {
    }

    public static List<Operation> all(Supplier<AppointmentsDomain> domain) {
        return List.of(
                Operation.repair(AppointmentRepairs.DELETE_DUPLICATE).role(ROLE)
                        .delete("/appointments/nomis-event-id/{nomisEventId}/duplicate")
                        .cli("appointments", "delete-duplicate")
                        .summary("Deletes a NOMIS appointment that duplicates a mapped one; dry run first.")
                        .description("Seed 000: a NOMIS duplicate made when NOMIS's answer to a create was lost "
                                + "(timeout, 502) is deleted. Refuses a mapped appointment, and one that is not a copy "
                                + "(same booking, location, start and subtype) of a mapped appointment.")
                        .param(Param.path("nomisEventId", ParamType.LONG, "the NOMIS appointment's event id")
                                .range(1, Long.MAX_VALUE).positional("NOMIS_EVENT_ID"))
                        .renderer(AppointmentOperations::render)
                        .handler(p -> Answer.of(domain.get().repairs().deleteDuplicate(p.longValue("nomisEventId"),
                                p.dryRun()))),
                Operation.repair(AppointmentRepairs.RESYNC).role(ROLE)
                        .post("/appointments/appointment-instance-id/{appointmentInstanceId}/resync")
                        .cli("appointments", "resync")
                        .summary("Makes NOMIS match one DPS appointment instance; dry run first.")
                        .description("Updates the mapped NOMIS appointment from DPS, re-creates and re-maps one "
                                + "NOMIS no longer has, or creates and maps a missing one (adopting an unmapped NOMIS "
                                + "copy of the same booking, location, start and subtype instead of writing another).")
                        .param(Param.path("appointmentInstanceId", ParamType.LONG,
                                "the DPS appointment instance id").range(1, Long.MAX_VALUE).positional("INSTANCE_ID"))
                        .renderer(AppointmentOperations::render)
                        .handler(p -> Answer.of(domain.get().repairs().resync(p.longValue("appointmentInstanceId"),
                                p.dryRun()))));
    }

    private static String render(Object body) {
        RepairReport report = (RepairReport) body;
        return report.status() + (report.actions().isEmpty() ? "" : ": " + String.join("; ", report.actions()))
                + (report.message().isEmpty() ? "" : " (" + report.message() + ")");
    }
}
