package org.prisonsync.core.adjustments;

import java.util.List;
import java.util.function.Supplier;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.TextRenderer;

/**
 * The adjustments repairs both runners serve (seed 000's NOMIS duplicate, seed 002's DPS duplicate, a booking's
 * resynchronisation, upstream's to-NOMIS repair of one adjustment), each with a dry run. The reconciliation's runs and repairs are the engine's operations
 * ({@code reconciliation … sentencing}).
 */
public final class AdjustmentOperations {
    static final String TO_NOMIS_ROLE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";
    static final String FROM_NOMIS_ROLE = "ROLE_PRISONER_FROM_NOMIS__UPDATE__RW";
    static final String FORCE_STATUS = "force-status";
    static final String SET_ACTIVE = "set-active";

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
                repair(domain),
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

    /** Upstream's to-NOMIS repair at its path, with its query parameters as upstream spells them. */
    private static Operation repair(Supplier<AdjustmentsDomain> domain) {
        return Operation.repair(ToNomisAdjustmentRepair.NAME).role(TO_NOMIS_ROLE)
                .post("/prisoners/{offenderNo}/sentencing-adjustments/{adjustmentId}/repair")
                .cli("adjustments", "repair")
                .summary("Writes one DPS adjustment to NOMIS again, creating it when unmapped; dry run first.")
                .description("Upstream's to-NOMIS repair: an unmapped DPS adjustment is created in NOMIS and mapped "
                        + "through the sync's own claimed create, a mapped one updates its NOMIS adjustment. "
                        + "NOMIS's active flag is sent only with force-status (then as set-active), as upstream.")
                .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "prisoner number the adjustment is for")
                        .option("--prisoner"))
                .param(Param.path("adjustmentId", ParamType.STRING, "the DPS adjustment's id (a uuid)")
                        .maxLength(Ids.MAX_TEXT_ID_LENGTH).positional("ADJUSTMENT_ID"))
                .param(Param.query(FORCE_STATUS, ParamType.BOOLEAN, "true: send set-active as NOMIS's active flag"
                        + " on an update").withDefault("false"))
                .param(Param.query(SET_ACTIVE, ParamType.BOOLEAN, "the active flag force-status sends")
                        .withDefault("false"))
                .renderer(TextRenderer.REPAIR)
                .handler(p -> {
                    String adjustmentId = p.string("adjustmentId");
                    if (!Ids.isTextId(adjustmentId)) {
                        throw new InvalidParameterException("adjustmentId", "adjustmentId is not an id: 1 to "
                                + Ids.MAX_TEXT_ID_LENGTH + " ASCII letters, digits, '-', '_' or '.'");
                    }
                    return Answer.of(domain.get().toNomisRepair().repair(p.string("offenderNo"), adjustmentId,
                            p.bool(FORCE_STATUS), p.bool(SET_ACTIVE), p.dryRun()));
                });
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
