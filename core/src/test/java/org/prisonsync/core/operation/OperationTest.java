package org.prisonsync.core.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.repair.RepairReport;

class OperationTest {
    private static Operation.Builder sample() {
        return Operation.repair("sample-resync").role("PRISONER_TO_NOMIS__UPDATE__RW")
                .post("/prisoners/{offenderNo}/samples").cli("samples", "resync").summary("Resynchronise samples.")
                .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "the prisoner"));
    }

    @Test
    void givenARoleWithoutItsPrefix_thenItIsTheTokensAuthority() {
        Operation op = sample().handler(p -> Answer.done("ok"));
        assertThat(op.role()).isEqualTo("ROLE_PRISONER_TO_NOMIS__UPDATE__RW");
        assertThat(op.params()).extracting(Param::name).containsExactly("offenderNo", "dryRun");
        assertThat(op.params().get(0).cliName()).isEqualTo("--offender-no");
    }

    @Test
    void givenNoRole_thenTheDescriptorIsRefused() {
        assertThatThrownBy(() -> sample().role(null).handler(p -> Answer.done("ok")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a role");
    }

    @Test
    void givenPathParametersThatDoNotMatchTheTemplate_thenTheDescriptorIsRefused() {
        assertThatThrownBy(() -> sample().post("/prisoners/{prisoner}/samples").handler(p -> Answer.done("ok")))
                .hasMessageContaining("must be exactly the template's");
    }

    @Test
    void givenARepairAsAGetOrASummaryThatIsNotASentence_thenTheDescriptorIsRefused() {
        assertThatThrownBy(() -> sample().get("/prisoners/{offenderNo}/samples").handler(p -> Answer.done("ok")))
                .hasMessageContaining("is not a GET");
        assertThatThrownBy(() -> sample().summary("Resynchronise samples").handler(p -> Answer.done("ok")))
                .hasMessageContaining("one sentence");
    }

    @Test
    void givenAGetThatWritesAsUpstreamMadeIt_thenOnlyACommandMayBeOne() {
        Operation housekeeping = Operation.command("sample-housekeeping").role("DPS_RECONCILIATION__RW")
                .getAsUpstream("/reconciliation/samples").cli("samples", "housekeeping").summary("Tidy samples.")
                .param(Param.dryRun()).handler(p -> Answer.done("ok"));
        assertThat(housekeeping.writesOnGet()).isTrue();
        assertThat(housekeeping.method()).isEqualTo("GET");
        assertThatThrownBy(() -> Operation.command("sample-housekeeping").role("DPS_RECONCILIATION__RW")
                .get("/reconciliation/samples").cli("samples", "housekeeping").summary("Tidy samples.")
                .handler(p -> Answer.done("ok"))).hasMessageContaining("is not a GET");
        assertThatThrownBy(() -> sample().getAsUpstream("/prisoners/{offenderNo}/samples")
                .handler(p -> Answer.done("ok"))).hasMessageContaining("is not a GET");
    }

    @Test
    void givenACliFlag_thenItMustLookLikeAnOption() {
        assertThat(sample().cliFlag("--to-nomis").handler(p -> Answer.done("ok")).cliFlag()).isEqualTo("--to-nomis");
        assertThatThrownBy(() -> sample().cliFlag("to-nomis").handler(p -> Answer.done("ok")))
                .hasMessageContaining("a CLI flag is like --to-nomis");
    }

    @Test
    void givenARepairReport_thenTheTextRendererPrintsItsOutcomeAndEachAction() {
        String text = TextRenderer.REPAIR.render(RepairReport.of("sample-resync", true, List.of("create A", "map A"),
                "two to do"));
        assertThat(text.lines()).containsExactly("sample-resync: PLANNED - two to do", "  would create A",
                "  would map A");
    }

    @Test
    void givenABadDefault_thenTheParameterIsRefusedWhenDeclared() {
        assertThatThrownBy(() -> Param.query("page", ParamType.INTEGER, "page").withDefault("one"))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void givenARepairReport_thenItsStatusBecomesTheAnswerWithTheReportAsBody() {
        RepairReport refused = RepairReport.refused("op", true, "it is the mapped one");
        assertThat(Answer.of(refused)).isEqualTo(new Answer.Conflict("it is the mapped one", refused));
        RepairReport missing = RepairReport.notFound("op", true, "no such visit");
        assertThat(Answer.of(missing)).isEqualTo(new Answer.NotFound("no such visit", missing));
        RepairReport planned = RepairReport.of("op", true, List.of("create"), "");
        assertThat(Answer.of(planned)).isEqualTo(new Answer.Done(planned));
    }
}
