package org.prisonsync.core.adjudications;

import java.util.List;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.TextRenderer;

/**
 * The adjudications repair both runners serve: seed 000's punishment repair as one command and endpoint, with a dry
 * run. The reconciliation's runs are the engine's operations ({@code reconciliation … adjudications}).
 */
public final class AdjudicationOperations {
    static final String ROLE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";

    private AdjudicationOperations() {
    }

    public static List<Operation> all(Supplier<AdjudicationsDomain> domain) {
        return List.of(Operation.repair(PunishmentRepair.NAME).role(ROLE)
                .post("/prisons/{prisonId}/prisoners/{offenderNo}/adjudication/dps-charge-number/{chargeNumber}"
                        + "/punishments/repair")
                .cli("adjudications", "repair-punishments")
                .summary("Restores a charge's hearing, result and awards in NOMIS from DPS; dry run first.")
                .description("Seed 000's punishment repair in one step: deleting a NOMIS hearing shared by several "
                        + "charges also deletes the other charges' results and awards. Removes the hearing and "
                        + "punishment mappings whose NOMIS records are gone, then re-creates the hearing, upserts "
                        + "its result and re-creates the awards from DPS, mapping each.")
                .param(Param.path("prisonId", ParamType.STRING, "the prison the adjudication was reported at")
                        .maxLength(6).option("--prison"))
                .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "prisoner number")
                        .option("--prisoner"))
                .param(Param.path("chargeNumber", ParamType.STRING, "the DPS charge number")
                        .maxLength(AdjudicationEvents.MAX_CHARGE_NUMBER).positional("CHARGE_NUMBER"))
                .renderer(TextRenderer.REPAIR)
                .handler(p -> {
                    String prisonId = p.string("prisonId");
                    if (!AdjudicationEvents.isPrisonId(prisonId)) {
                        throw new InvalidParameterException("prisonId",
                                "prisonId is not a prison id: 1 to 6 ASCII capitals or digits");
                    }
                    String chargeNumber = p.string("chargeNumber");
                    if (!AdjudicationEvents.isChargeNumber(chargeNumber)) {
                        throw new InvalidParameterException("chargeNumber", "chargeNumber is not a charge number: "
                                + "ASCII digits, optionally '-' and a sequence, at most "
                                + AdjudicationEvents.MAX_CHARGE_NUMBER + " characters");
                    }
                    return Answer.of(domain.get().punishmentRepair().repair(prisonId, p.string("offenderNo"),
                            chargeNumber, p.dryRun()));
                }));
    }
}
