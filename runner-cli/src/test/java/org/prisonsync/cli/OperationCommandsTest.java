package org.prisonsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.Params;
import org.prisonsync.core.visits.VisitOperations;
import org.prisonsync.wiring.Json;
import picocli.CommandLine;

/**
 * Operation descriptors as CLI subcommands: help from the descriptor, the handler run in-process with the values
 * read as strictly as the service reads them, the renderer's text or {@code --json}, and exit codes from the answer.
 */
class OperationCommandsTest {
    private final List<Params> calls = new ArrayList<>();

    private final Operation resync = Operation.repair("sample-resync").role("PRISONER_TO_NOMIS__UPDATE__RW")
            .post("/prisoners/{offenderNo}/samples/resynchronise").cli("samples", "resync")
            .summary("Make NOMIS hold the prisoner's DPS samples.")
            .description("Each DPS sample NOMIS lacks is created and mapped.\n\nPlanted: Z9999ZZ does not exist, "
                    + "C0000CC is refused.")
            .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "the prisoner number"))
            .renderer(body -> "resynchronised " + ((Map<?, ?>) body).get("offenderNo"))
            .handler(p -> {
                calls.add(p);
                return switch (p.string("offenderNo")) {
                    case "Z9999ZZ" -> Answer.notFound("no prisoner Z9999ZZ");
                    case "C0000CC" -> Answer.conflict("C0000CC is being merged");
                    default -> Answer.done(Map.of("offenderNo", p.string("offenderNo"), "dryRun", p.dryRun()));
                };
            });

    private final Operation show = Operation.query("sample-show").role("PRISONER_TO_NOMIS__UPDATE__RW")
            .get("/samples/{sampleId}").cli("visits", "sample")
            .summary("Show one sample.")
            .param(Param.path("sampleId", ParamType.LONG, "the sample id").range(1, 999).positional("SAMPLE_ID"))
            .handler(p -> {
                if (p.longValue("sampleId") == 13) {
                    throw new InvalidParameterException("sampleId", "sampleId 13 is withdrawn");
                }
                return Answer.done("sample " + p.longValue("sampleId"));
            });

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliMain.run(args, new CoreAccess(() -> {
            throw new AssertionError("an operation's command must not build the core");
        }), operations(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** The samples, and the visit operations whose {@code visits} group {@link #show} joins. */
    private List<Operation> operations() {
        List<Operation> all = new ArrayList<>(VisitOperations.all(() -> {
            throw new AssertionError("an operation's command must not build the core");
        }));
        all.add(resync);
        all.add(show);
        return all;
    }

    record Result(int code, String out, String err) {
    }

    @Test
    void givenHelp_thenTheDescriptorsSummaryDescriptionAndParametersAreShown() {
        Result help = run("samples", "resync", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Make NOMIS hold the prisoner's DPS samples.")
                .contains("Each DPS sample NOMIS lacks is created and mapped.")
                .contains("Needs ROLE_PRISONER_TO_NOMIS__UPDATE__RW when called over HTTP: POST")
                .contains("--offender-no=PRISONER_NUMBER").contains("the prisoner number")
                .contains("--dry-run[=true|false]").contains("--json");
        assertThat(run("--help").out()).contains("samples").contains("Samples operations.");
        assertThat(run("samples").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(calls).isEmpty();
    }

    @Test
    void givenARun_thenTheHandlerGetsTypedValuesAndTheRendererPrints() {
        Result dry = run("samples", "resync", "--offender-no", "A1234BC", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isEqualTo(ExitCodes.OK);
        assertThat(dry.out().strip()).isEqualTo("resynchronised A1234BC");
        assertThat(calls.get(0).dryRun()).isTrue();

        assertThat(run("samples", "resync", "--offender-no=A1234BC", "--dry-run=false").code()).isZero();
        assertThat(calls.get(1).dryRun()).isFalse();
        assertThat(run("samples", "resync", "--offender-no=A1234BC").code()).isZero();
        assertThat(calls.get(2).dryRun()).isFalse();
    }

    @Test
    void givenJson_thenTheBodyIsPrintedAsJson() throws Exception {
        Result json = run("samples", "resync", "--offender-no", "A1234BC", "--dry-run", "--json");
        assertThat(Json.mapper().readTree(json.out()))
                .isEqualTo(Json.mapper().readTree("{\"offenderNo\":\"A1234BC\",\"dryRun\":true}"));
    }

    @Test
    void givenABadValue_thenItIsAUsageErrorNamingTheOption() {
        Result notBoolean = run("samples", "resync", "--offender-no", "A1234BC", "--dry-run=yes");
        assertThat(notBoolean.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(notBoolean.err()).contains("--dry-run must be true or false, not 'yes'");
        Result badPrisoner = run("samples", "resync", "--offender-no", "a1234bc");
        assertThat(badPrisoner.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badPrisoner.err()).contains("--offender-no must be a prisoner number like A1234BC");
        Result missing = run("samples", "resync");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("--offender-no");
        Result nonAscii = run("visits", "sample", "٤٢");
        assertThat(nonAscii.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(nonAscii.err()).contains("SAMPLE_ID must be a whole number");
        Result refusedByHandler = run("visits", "sample", "13");
        assertThat(refusedByHandler.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(refusedByHandler.err()).contains("SAMPLE_ID 13 is withdrawn");
        assertThat(calls).isEmpty();
    }

    @Test
    void givenAnOperationWithACliFlag_thenTheFlagOnTheOtherCommandRunsIt() {
        Operation reverse = Operation.repair("sample-resync-reverse").role("PRISONER_TO_NOMIS__UPDATE__RW")
                .post("/prisoners/{offenderNo}/samples/resynchronise-reverse").cli("samples", "resync")
                .cliFlag("--reverse").summary("The other way round.")
                .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "the prisoner number"))
                .handler(p -> Answer.done("reversed " + p.string("offenderNo") + " dryRun=" + p.dryRun()));
        List<Operation> both = List.of(resync, reverse);

        Result plain = runWith(both, "samples", "resync", "--offender-no", "A1234BC");
        assertThat(plain.out().strip()).isEqualTo("resynchronised A1234BC");
        Result flagged = runWith(both, "samples", "resync", "--offender-no", "A1234BC", "--reverse", "--dry-run");
        assertThat(flagged.code()).isZero();
        assertThat(flagged.out().strip()).isEqualTo("reversed A1234BC dryRun=true");
        assertThat(runWith(both, "samples", "resync", "--help").out()).contains("--reverse")
                .contains("The other way round.");
    }

    @Test
    void givenAFlagOperationWhoseParametersDiffer_thenItIsRefused() {
        Operation odd = Operation.repair("sample-odd").role("PRISONER_TO_NOMIS__UPDATE__RW")
                .post("/samples/odd").cli("samples", "resync").cliFlag("--odd").summary("Odd.")
                .handler(p -> Answer.done("x"));
        CommandLine root = new CommandLine(new PrisonSyncCommand(new CoreAccess(() -> null)));
        assertThatThrownBy(() -> new OperationCommands(Json::mapper).addTo(root, List.of(resync, odd)))
                .hasMessageContaining("must take the parameters of sample-resync");
    }

    @Test
    void givenNoContent_thenItsMessageIsPrintedAndTheExitIsZero() {
        Operation remove = Operation.command("sample-remove").role("PRISONER_TO_NOMIS__UPDATE__RW")
                .delete("/samples/{sampleId}").cli("samples", "remove").summary("Remove a sample.")
                .param(Param.path("sampleId", ParamType.LONG, "the sample id").positional("SAMPLE_ID"))
                .handler(p -> Answer.noContent("removed sample " + p.longValue("sampleId")));
        Result removed = runWith(List.of(remove), "samples", "remove", "7");
        assertThat(removed.code()).isZero();
        assertThat(removed.out().strip()).isEqualTo("removed sample 7");
    }

    @Test
    void givenAListParameter_thenTheOptionMayBeRepeated() {
        Operation count = Operation.query("sample-count").role("PRISONER_TO_NOMIS__UPDATE__RW")
                .get("/samples").cli("samples", "count").summary("Count samples.")
                .param(Param.query("prisonIds", ParamType.LIST, "prisons").option("--prison"))
                .handler(p -> Answer.done(String.join("+", p.list("prisonIds"))));
        assertThat(runWith(List.of(count), "samples", "count", "--prison", "MDI", "--prison", "LEI,BXI").out()
                .strip()).isEqualTo("MDI+LEI+BXI");
    }

    @Test
    void givenABooleanNegatedOnTheCommandLine_thenItIsTrueUnlessItsFlagIsGiven() {
        Operation add = Operation.command("sample-add").role("PRISONER_TO_NOMIS__UPDATE__RW")
                .post("/samples").cli("samples", "add").summary("Add a sample.")
                .param(Param.body("isOpen", ParamType.BOOLEAN, "the sample is open").withDefault("false")
                        .negatedOnCli("--closed"))
                .handler(p -> Answer.created("open=" + p.bool("isOpen")));
        assertThat(runWith(List.of(add), "samples", "add").out().strip()).isEqualTo("open=true");
        assertThat(runWith(List.of(add), "samples", "add", "--closed").out().strip()).isEqualTo("open=false");
        assertThat(runWith(List.of(add), "samples", "add", "--is-open", "true").code()).isEqualTo(ExitCodes.USAGE);
    }

    private Result runWith(List<Operation> operations, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliMain.run(args, new CoreAccess(() -> {
            throw new AssertionError("an operation's command must not build the core");
        }), operations, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void givenARefusalOrAMissingEntity_thenItsExitCodeAndMessage() {
        Result missing = run("samples", "resync", "--offender-no", "Z9999ZZ");
        assertThat(missing.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(missing.err()).contains("error: no prisoner Z9999ZZ");
        Result refused = run("samples", "resync", "--offender-no", "C0000CC");
        assertThat(refused.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("error: C0000CC is being merged");
    }

    @Test
    void givenNothingFound_thenItsSentenceGoesToStderrAndTheExitIsNotFound() throws Exception {
        Operation pairs = Operation.query("sample-pairs").role("DPS_RECONCILIATION__RW")
                .get("/samples/prisoner/{offenderNo}").cli("samples", "pairs").summary("Show a prisoner's pairs.")
                .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "the prisoner").option("--prisoner"))
                .handler(p -> Answer.nothingFound("no sample pairs for " + p.string("offenderNo"), List.of()));

        Result none = runWith(List.of(pairs), "samples", "pairs", "--prisoner", "A1234BC");
        assertThat(none.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(none.err().strip()).isEqualTo("no sample pairs for A1234BC");
        assertThat(none.out()).isEmpty();

        Result json = runWith(List.of(pairs), "samples", "pairs", "--prisoner", "A1234BC", "--json");
        assertThat(json.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(Json.mapper().readTree(json.out()).isEmpty()).isTrue();
    }

    @Test
    void givenAPathUnderAnotherOperationsGroup_thenItJoinsItsSubcommands() {
        Result sample = run("visits", "sample", "7");
        assertThat(sample.code()).isZero();
        assertThat(sample.out().strip()).isEqualTo("sample 7");
        assertThat(run("visits", "--help").out()).contains("resync").contains("sample");
    }

    @Test
    void givenAPathAnExistingCommandHas_thenTheOperationIsRefused() {
        Operation clash = Operation.repair("clash").role("PRISONER_TO_NOMIS__UPDATE__RW").post("/clash")
                .cli("visits", "resync").summary("Clash.").handler(p -> Answer.done("x"));
        CommandLine root = new CommandLine(new PrisonSyncCommand(new CoreAccess(() -> null)));
        new OperationCommands(Json::mapper).addTo(root, VisitOperations.all(() -> null));
        assertThatThrownBy(() -> new OperationCommands(Json::mapper).addTo(root, List.of(clash)))
                .hasMessageContaining("'visits resync' already exists");
    }
}
