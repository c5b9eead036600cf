package org.prisonsync.core.adjustments;

import java.util.List;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.TextRenderer;

/**
 * The adjustments repairs both runners serve (seed 000's NOMIS duplicate, seed 002's DPS duplicate, a booking's
 * resynchronisation), each with a dry run. The reconciliation's runs and repairs are the engine's operations
 * ({@code reconciliation … sentencing}).
 */
public final class AdjustmentOperations {
    static final String TO_NOMIS_ROLE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";
    static final String FROM_NOMIS_ROLE = "ROLE_PRISONER_FROM_NOMIS__UPDATE__RW";

    private AdjustmentOperations() {
    }

    /** The command that deletes a NOMIS duplicate, as telemetry and the runbook name it. */
    static String deleteNomisCommand(NomisAdjustmentId id) {
        return "prison-sync adjustments delete-nomis-duplicate " + id.id()
                + (id.category() == AdjustmentCategory.KEY_DATE ? " --key-date" : "") + " --dry-run";
    }

    /** The command that deletes a DPS duplicate. */
    static String deleteDpsCommand(String adjustmentId) {
        return "prison-sync adjustments delete-dps-duplicate " + adjustmentId + " --dry-run";
    }

    public static List<Operation> all(Supplier<AdjustmentsDomain> domain) {
        return List.of(
                deleteNomis(domain, AdjustmentCategory.SENTENCE),
                deleteNomis(domain, AdjustmentCategory.KEY_DATE),
                Operation.repair(AdjustmentRepairs.DELETE_DPS_DUPLICATE).role(FROM_NOMIS_ROLE)
                        .delete("/legacy/adjustments/{adjustmentId}/duplicate")
                        .cli("adjustments", "delete-dps-duplicate")
                        .summary("Deletes a DPS adjustment that duplicates a mapped one; dry run first.")
                        .description("Seed 002: two threads created the same DPS adjustment from one NOMIS adjustment. "
                                + "Refuses a mapped adjustment, and one that is not a copy (same prisoner, booking, "
                                + "sentence, type, dates and days) of a mapped adjustment.")
                        .param(Param.path("adjustmentId", ParamType.STRING, "the DPS adjustment's id (a uuid)")
                                .maxLength(64).positional("ADJUSTMENT_ID"))
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().repairs().deleteDpsDuplicate(
                                p.string("adjustmentId"), p.dryRun()))),
                Operation.repair(AdjustmentRepairs.RESYNC_BOOKING).role(TO_NOMIS_ROLE)
                        .post("/prisoners/{offenderNo}/booking-id/{bookingId}/sentencing-adjustments/resync")
                        .cli("adjustments", "resync")
                        .summary("Makes a booking's adjustments agree, each from the side that is right; dry run "
                                + "first.")
                        .description("Deletes unmapped copies of mapped adjustments on either side, creates in DPS "
                                + "a NOMIS adjustment DPS lacks and in NOMIS a DPS adjustment NOMIS lacks, and maps "
                                + "each, under the sync's own create claims.")
                        .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "prisoner number")
                                .option("--prisoner"))
                        .param(Param.path("bookingId", ParamType.LONG, "the NOMIS booking id")
                                .range(1, Long.MAX_VALUE).option("--booking"))
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().repairs().resyncBooking(p.string("offenderNo"),
                                p.longValue("bookingId"), p.dryRun()))));
    }

    private static Operation deleteNomis(Supplier<AdjustmentsDomain> domain, AdjustmentCategory category) {
        boolean keyDate = category == AdjustmentCategory.KEY_DATE;
        Operation.Builder builder = Operation.repair(AdjustmentRepairs.DELETE_NOMIS_DUPLICATE
                        + (keyDate ? "-key-date" : "")).role(TO_NOMIS_ROLE)
                .delete((keyDate ? "/key-date-adjustments" : "/sentence-adjustments") + "/{nomisAdjustmentId}/duplicate")
                .cli("adjustments", "delete-nomis-duplicate");
        if (keyDate) {
            builder = builder.cliFlag("--key-date");
        }
        return builder
                .summary("Deletes a NOMIS " + (keyDate ? "key-date" : "sentence")
                        + " adjustment that duplicates a mapped one; dry run first.")
                .description("Seed 000: a duplicate adjustment will result in the prisoner being released early or "
                        + "late. Refuses a mapped adjustment, and one that is not a copy (same booking, sentence, "
                        + "type, dates and days) of a mapped adjustment.")
                .param(Param.path("nomisAdjustmentId", ParamType.LONG, "the NOMIS adjustment id")
                        .range(1, Long.MAX_VALUE).positional("NOMIS_ADJUSTMENT_ID"))
                .renderer(TextRenderer.REPAIR)
                .handler(p -> Answer.of(domain.get().repairs().deleteNomisDuplicate(
                        new NomisAdjustmentId(category, p.longValue("nomisAdjustmentId")), p.dryRun())));
    }
}
