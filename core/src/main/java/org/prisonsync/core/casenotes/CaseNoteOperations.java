package org.prisonsync.core.casenotes;

import java.util.List;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.TextRenderer;

/**
 * The case notes repairs both runners serve, each with a dry run: upstream's one-note resynchronise to NOMIS, and a
 * prisoner's notes rebuilt to NOMIS or (with {@code --from-nomis}) to DPS. The reconciliations' runs are the engine's
 * operations ({@code reconciliation … casenotes-active}, {@code … casenotes-all}).
 */
public final class CaseNoteOperations {
    static final String TO_NOMIS_ROLE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";
    static final String FROM_NOMIS_ROLE = "ROLE_PRISONER_FROM_NOMIS__UPDATE__RW";

    private CaseNoteOperations() {
    }

    public static List<Operation> all(Supplier<CaseNotesDomain> domain) {
        Param prisoner = Param.path("offenderNo", ParamType.PRISONER_NUMBER, "prisoner number, e.g. A1234BC")
                .option("--prisoner");
        return List.of(
                Operation.repair(CaseNoteResyncs.NOTE).role(TO_NOMIS_ROLE)
                        .put("/casenotes/{offenderNo}/{dpsId}/resynchronise")
                        .cli("casenotes", "resynchronise")
                        .summary("Re-applies one DPS case note to all its NOMIS notes; dry run first.")
                        .description("Upstream's resynchronise: the DPS note's text goes to each NOMIS note it is "
                                + "mapped to; its own NOMIS note is made again (and re-mapped) when gone or when "
                                + "its type, sub-type, time or author differ, which NOMIS cannot change; a copy "
                                + "NOMIS no longer holds loses its mapping. An unmapped note is made in NOMIS, or "
                                + "an identical unmapped NOMIS note is mapped to it.")
                        .param(prisoner)
                        .param(Param.path("dpsId", ParamType.STRING, "the DPS case note id (a uuid)")
                                .maxLength(36).positional("DPS_ID"))
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> {
                            String dpsId = p.string("dpsId");
                            if (!CaseNoteResyncs.isDpsId(dpsId)) {
                                throw new InvalidParameterException("dpsId", "dpsId is not a case note id: a "
                                        + "lower-case uuid like 0f8d4ed4-1c48-4d2f-9a55-3c5a1b2c3d4e");
                            }
                            return Answer.of(domain.get().resyncs().note(p.string("offenderNo"), dpsId,
                                    p.dryRun()));
                        }),
                Operation.repair(CaseNoteResyncs.TO_NOMIS).role(TO_NOMIS_ROLE)
                        .post("/prisoners/{offenderNo}/casenotes/resynchronise/to-nomis")
                        .cli("casenotes", "resync-prisoner")
                        .summary("Makes NOMIS hold exactly a prisoner's DPS case notes, mapped; dry run first.")
                        .description("Every DPS note of the prisoner is resynchronised to NOMIS as the one-note "
                                + "repair does; NOMIS notes no DPS note owns (duplicates, notes DPS deleted) are "
                                + "deleted with their mappings. Seed 000/002's hand-made NOMIS fixes in one step.")
                        .param(prisoner)
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().resyncs().prisonerToNomis(p.string("offenderNo"),
                                p.dryRun()))),
                Operation.repair(CaseNoteResyncs.FROM_NOMIS).role(FROM_NOMIS_ROLE)
                        .post("/prisoners/{offenderNo}/casenotes/resynchronise/from-nomis")
                        .cli("casenotes", "resync-prisoner").cliFlag("--from-nomis")
                        .summary("Makes DPS hold exactly a prisoner's NOMIS case notes, mapped; dry run first.")
                        .description("Every NOMIS note of the prisoner (a copy on another booking as its note) is "
                                + "upserted into DPS through PUT /sync/case-notes, a lost mapping found again by "
                                + "the DPS note's legacyId or made; DPS notes no NOMIS note holds are deleted with "
                                + "their mappings.")
                        .param(prisoner)
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().resyncs().prisonerFromNomis(p.string("offenderNo"),
                                p.dryRun()))));
    }
}
