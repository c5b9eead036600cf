package org.prisonsync.core.courtsentencing;

import java.util.List;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.Params;
import org.prisonsync.core.operation.TextRenderer;

/**
 * The court sentencing repairs both runners serve, each with a dry run: redo a clone's mapping switch from what
 * NOMIS holds, resend a clone's case booking message, resynchronise a court case from DPS.
 */
public final class CourtSentencingOperations {
    static final String ROLE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";

    private CourtSentencingOperations() {
    }

    public static List<Operation> all(Supplier<CourtSentencingDomain> domain) {
        return List.of(
                Operation.repair(CourtSentencingRepairs.REDO_CLONE).role(ROLE)
                        .post("/prisoners/{offenderNo}/court-sentencing/court-case/{dpsCourtCaseId}/clone-repair")
                        .cli("court-sentencing", "redo-clone")
                        .summary("Points a DPS case's mappings at NOMIS's clone of it, then resends the resync.")
                        .description("Seed 000's clone whose mapping update failed: the DPS case is still mapped "
                                + "to a NOMIS case that NOMIS has cloned onto a later booking. Maps the case, its "
                                + "appearances, charges, sentences and terms to the clone's ids, then sends "
                                + CourtSentencingSync.RESYNC_CASE_BOOKING + ".")
                        .param(prisoner())
                        .param(dpsCase())
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().repairs().redoClone(p.string("offenderNo"),
                                uuid(p), p.dryRun()))),
                Operation.repair(CourtSentencingRepairs.RESEND).role(ROLE)
                        .post("/prisoners/{offenderNo}/court-sentencing/clone-messages/resend")
                        .cli("court-sentencing", "resend-clone-messages")
                        .summary("Sends a clone's case booking resync again, for one case or every case.")
                        .description("Seed 000's failed send of " + CourtSentencingSync.RESYNC_CASE_BOOKING
                                + ": for the DPS case given (or every mapped case of the prisoner) mapped to a "
                                + "NOMIS clone, the message is made again from the clone and its source in NOMIS "
                                + "and sent; no hand-crafted SQS message.")
                        .param(prisoner())
                        .param(Param.query("dpsCourtCaseId", ParamType.STRING, "one DPS court case uuid; every "
                                + "case of the prisoner when left out").maxLength(36).option("--case"))
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> {
                            String uuid = p.optional("dpsCourtCaseId", String.class).orElse(null);
                            if (uuid != null && !CourtSentencingEvents.isUuid(uuid)) {
                                throw notUuid();
                            }
                            return Answer.of(domain.get().repairs().resendCaseBooking(p.string("offenderNo"), uuid,
                                    p.dryRun()));
                        }),
                Operation.repair(CourtSentencingRepairs.RESYNC_CASE).role(ROLE)
                        .post("/prisoners/{offenderNo}/court-sentencing/court-case/{dpsCourtCaseId}/repair")
                        .cli("court-sentencing", "resync-case")
                        .summary("Writes a court case to NOMIS from DPS again (created and mapped, or updated).")
                        .description("Resynchronises one DPS court case: created in NOMIS and mapped when it has "
                                + "no mapping, else NOMIS's case rewritten from DPS.")
                        .param(prisoner())
                        .param(dpsCase())
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().repairs().resyncCase(p.string("offenderNo"), uuid(p),
                                p.dryRun()))));
    }

    private static Param prisoner() {
        return Param.path("offenderNo", ParamType.PRISONER_NUMBER, "prisoner number").option("--prisoner");
    }

    private static Param dpsCase() {
        return Param.path("dpsCourtCaseId", ParamType.STRING, "the DPS court case uuid").maxLength(36)
                .positional("DPS_COURT_CASE_ID");
    }

    private static String uuid(Params p) {
        String uuid = p.string("dpsCourtCaseId");
        if (!CourtSentencingEvents.isUuid(uuid)) {
            throw notUuid();
        }
        return uuid;
    }

    private static InvalidParameterException notUuid() {
        return new InvalidParameterException("dpsCourtCaseId",
                "dpsCourtCaseId is not a DPS uuid: 8-4-4-4-12 ASCII hex digits");
    }
}
