package org.prisonsync.core.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsTest {
    private final Operation resync = Operation.repair("sample-resync").role("PRISONER_TO_NOMIS__UPDATE__RW")
            .post("/prisoners/{offenderNo}/samples/{sampleId}/resynchronise").cli("samples", "resync")
            .summary("Resynchronise one sample.")
            .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "the prisoner"))
            .param(Param.path("sampleId", ParamType.LONG, "the NOMIS sample id").range(1, 1_000_000))
            .param(Param.query("since", ParamType.DATE, "only samples from this date"))
            .param(Param.query("page", ParamType.INTEGER, "page number").withDefault("0").range(0, 100))
            .param(Param.body("comment", ParamType.STRING, "why").maxLength(10).withDefault("none"))
            .param(Param.body("at", ParamType.DATE_TIME, "when").withDefault("2026-01-01T00:00:00"))
            .handler(p -> Answer.done(p.asMap()));

    private Params request(Map<String, String> path, Map<String, List<String>> query, Map<String, Object> body) {
        return Params.fromRequest(resync.params(), path, query, body);
    }

    private static Map<String, String> path(String offenderNo, String sampleId) {
        return Map.of("offenderNo", offenderNo, "sampleId", sampleId);
    }

    @Test
    void givenGoodValues_thenEachIsReadAsItsTypeWithDefaultsApplied() {
        Params p = request(path("A1234BC", "42"), Map.of("since", List.of("2026-11-24"), "dryRun", List.of("true")),
                Map.of("comment", "lost", "at", "2026-11-24T10:00:00"));

        assertThat(p.string("offenderNo")).isEqualTo("A1234BC");
        assertThat(p.longValue("sampleId")).isEqualTo(42L);
        assertThat(p.optional("since", LocalDate.class)).contains(LocalDate.of(2026, 11, 24));
        assertThat(p.intValue("page")).isZero();
        assertThat(p.string("comment")).isEqualTo("lost");
        assertThat(p.dateTime("at")).isEqualTo(LocalDateTime.of(2026, 11, 24, 10, 0));
        assertThat(p.dryRun()).isTrue();
    }

    @Test
    void givenARepair_thenDryRunIsDeclaredForItAndAbsentMeansWrite() {
        assertThat(resync.params()).contains(Param.dryRun());
        Params p = request(path("A1234BC", "42"), Map.of(), Map.of());
        assertThat(p.dryRun()).isFalse();
        assertThat(p.optional("since", LocalDate.class)).isEmpty();
        assertThat(p.string("comment")).isEqualTo("none");
    }

    @Test
    void givenAQueryParameterSpelledWithDashesAsUpstreamSpellsIt_thenItIsReadByThatNameAndIsItsOwnCliOption() {
        Param forced = Param.query("force-status", ParamType.BOOLEAN, "send the active flag").withDefault("false");
        assertThat(forced.cliName()).isEqualTo("--force-status");
        Params p = Params.fromRequest(List.of(forced), Map.of(), Map.of("force-status", List.of("true")), Map.of());
        assertThat(p.bool("force-status")).isTrue();
        assertThatThrownBy(() -> Params.fromRequest(List.of(forced), Map.of(), Map.of("force-status",
                List.of("yes")), Map.of())).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("force-status");

        for (String bad : List.of("force-", "-force", "Force-status", "force--status", "force_status")) {
            assertThatThrownBy(() -> Param.query(bad, ParamType.BOOLEAN, "x")).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Param.path("booking-id", ParamType.LONG, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Param.body("set-active", ParamType.BOOLEAN, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenDryRunOtherThanTrueOrFalse_thenItIsRefusedNamingIt() {
        for (String bad : List.of("1", "yes", "TRUE", "True", "", "true ")) {
            assertThatThrownBy(() -> request(path("A1234BC", "42"), Map.of("dryRun", List.of(bad)), Map.of()))
                    .as(bad).isInstanceOf(InvalidParameterException.class).hasMessageContaining("dryRun")
                    .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("dryRun");
        }
        assertThatThrownBy(() -> request(path("A1234BC", "42"), Map.of("dryRun", List.of("true", "false")),
                Map.of())).hasMessage("dryRun is given 2 times; give it once");
    }

    @Test
    void givenNonAsciiOrSignedOrSpacedDigits_thenANumberIsRefused() {
        // Arabic-Indic and full-width digits, which Long.parseLong accepts; a plus sign; spaces; underscores.
        for (String bad : List.of("٤٢", "４２", "+42", " 42", "4_2", "42L", "0x2A", "4.2", "99999999999999999999")) {
            assertThatThrownBy(() -> request(path("A1234BC", bad), Map.of(), Map.of())).as(bad)
                    .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("sampleId must be");
        }
    }

    @Test
    void givenANumberOutsideItsRange_thenItIsRefused() {
        assertThatThrownBy(() -> request(path("A1234BC", "0"), Map.of(), Map.of()))
                .hasMessage("sampleId must be between 1 and 1000000, not 0");
        assertThatThrownBy(() -> request(path("A1234BC", "42"), Map.of("page", List.of("101")), Map.of()))
                .hasMessage("page must be between 0 and 100, not 101");
        assertThatThrownBy(() -> request(path("A1234BC", "42"), Map.of("page", List.of("3000000000")), Map.of()))
                .hasMessage("page must be between -2147483648 and 2147483647");
    }

    @Test
    void givenABadPrisonerNumberDateOrTooLongText_thenItIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> request(path("a1234bc", "42"), Map.of(), Map.of()))
                .hasMessage("offenderNo must be a prisoner number like A1234BC, not 'a1234bc'");
        assertThatThrownBy(() -> request(path("A1234BC", "42"), Map.of("since", List.of("24/11/2026")), Map.of()))
                .hasMessage("since must be a date like 2026-11-24, not '24/11/2026'");
        assertThatThrownBy(() -> request(path("A1234BC", "42"), Map.of(), Map.of("comment", "far too long")))
                .hasMessage("comment is longer than 10 characters");
        assertThatThrownBy(() -> request(path("A1234BC", "42"), Map.of("since", List.of("")), Map.of()))
                .hasMessage("since is empty; it must be a date like 2026-11-24");
    }

    @Test
    void givenAnUnknownQueryParameterOrBodyField_thenItIsRefusedNamingIt() {
        assertThatThrownBy(() -> request(path("A1234BC", "42"), Map.of("dryrun", List.of("true")), Map.of()))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("unknown query parameter dryrun; this takes since, page, dryRun");
        assertThatThrownBy(() -> request(path("A1234BC", "42"), Map.of(), Map.of("comment", "x", "extra", 1)))
                .hasMessage("unknown field extra; this takes comment, at");
        // A body field given in the query is in the wrong place, so unknown there.
        assertThatThrownBy(() -> request(path("A1234BC", "42"), Map.of("comment", List.of("x")), Map.of()))
                .hasMessageStartingWith("unknown query parameter comment");
    }

    @Test
    void givenABodyFieldOfTheWrongJsonType_thenItIsRefusedWithoutCoercion() {
        Operation counted = Operation.command("sample-count").role("ROLE_DPS_RECONCILIATION__RW").post("/samples")
                .cli("samples", "count").summary("Count samples.")
                .param(Param.body("limit", ParamType.LONG, "how many"))
                .param(Param.body("all", ParamType.BOOLEAN, "every prison").withDefault("false"))
                .handler(p -> Answer.done(p.asMap()));
        Params ok = Params.fromRequest(counted.params(), Map.of(), Map.of(), Map.of("limit", 5, "all", true));
        assertThat(ok.longValue("limit")).isEqualTo(5L);
        assertThat(ok.bool("all")).isTrue();
        assertThatThrownBy(() -> Params.fromRequest(counted.params(), Map.of(), Map.of(), Map.of("limit", "5")))
                .hasMessage("field 'limit' must be a JSON number (a whole number)");
        assertThatThrownBy(() -> Params.fromRequest(counted.params(), Map.of(), Map.of(), Map.of("limit", 5.0)))
                .hasMessage("field 'limit' must be a JSON number (a whole number)");
        assertThatThrownBy(() -> Params.fromRequest(counted.params(), Map.of(), Map.of(),
                Map.of("limit", 5, "all", "true"))).hasMessage("field 'all' must be JSON true or false (true or false)");
        Map<String, Object> nullLimit = new HashMap<>();
        nullLimit.put("limit", null);
        assertThatThrownBy(() -> Params.fromRequest(counted.params(), Map.of(), Map.of(), nullLimit))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'limit'");
    }

    @Test
    void givenAnInstant_thenADateOrLocalDateTimeIsLondonTimeAndAnOffsetIsKept() {
        List<Param> window = List.of(Param.query("from", ParamType.INSTANT, "window start"));
        assertThat(Params.fromText(window, Map.of("from", "2026-07-01")).instant("from"))
                .contains(java.time.Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(Params.fromText(window, Map.of("from", "2026-01-01T10:00:00")).instant("from"))
                .contains(java.time.Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(Params.fromText(window, Map.of("from", "2026-07-01T10:00:00+02:00")).instant("from"))
                .contains(java.time.Instant.parse("2026-07-01T08:00:00Z"));
        assertThat(Params.fromText(window, Map.of()).instant("from")).isEmpty();
        assertThatThrownBy(() -> Params.fromText(window, Map.of("from", "yesterday")))
                .hasMessageStartingWith("from must be an ISO date or date-time").hasMessageContaining("not 'yesterday'");
    }

    @Test
    void givenAList_thenItIsCommaSeparatedOrARepeatedQueryParameter() {
        List<Param> prisons = List.of(Param.query("prisonIds", ParamType.LIST, "prisons"));
        assertThat(Params.fromText(prisons, Map.of("prisonIds", "MDI, LEI,")).list("prisonIds"))
                .containsExactly("MDI", "LEI");
        assertThat(Params.fromRequest(prisons, Map.of(), Map.of("prisonIds", List.of("MDI", "LEI")), Map.of())
                .list("prisonIds")).containsExactly("MDI", "LEI");
        assertThat(Params.fromText(prisons, Map.of()).list("prisonIds")).isEmpty();
    }

    @Test
    void givenAParameterOptionalOnTheCommandLine_thenOnlyTheCommandLineMayLeaveItOut() {
        List<Param> resync = List.of(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "the prisoner")
                .optionalOnTheCommandLine());
        assertThat(Params.fromCommandLine(resync, Map.of()).optional("offenderNo", String.class)).isEmpty();
        assertThat(Params.fromCommandLine(resync, Map.of("offenderNo", "A1234BC")).string("offenderNo"))
                .isEqualTo("A1234BC");
        assertThatThrownBy(() -> Params.fromText(resync, Map.of())).hasMessage("offenderNo is required: the prisoner");
        assertThatThrownBy(() -> Params.fromRequest(resync, Map.of(), Map.of(), Map.of()))
                .hasMessage("offenderNo is required: the prisoner");
    }

    @Test
    void givenAnUnknownFieldLikeADeclaredOne_thenTheRefusalSuggestsIt() {
        List<Param> room = List.of(Param.body("isOpen", ParamType.BOOLEAN, "open visits").withDefault("false"));
        assertThatThrownBy(() -> Params.fromRequest(room, Map.of(), Map.of(), Map.of("open", true)))
                .hasMessage("unknown field open; this takes isOpen (did you mean 'isOpen'?)");
    }

    @Test
    void givenARequiredParameterMissing_thenItIsRefusedWithItsDescription() {
        assertThatThrownBy(() -> request(Map.of("offenderNo", "A1234BC"), Map.of(), Map.of()))
                .hasMessage("sampleId is required: the NOMIS sample id");
    }

    @Test
    void givenTextFromTheCommandLine_thenItIsReadByNameWhereverItTravelsOverHttp() {
        Answer answer = resync.run(Map.of("offenderNo", "A1234BC", "sampleId", "7", "comment", "cli",
                "dryRun", "true"));
        assertThat(((Answer.Done) answer).body()).isEqualTo(Map.of("offenderNo", "A1234BC", "sampleId", 7L,
                "comment", "cli", "page", 0, "at", LocalDateTime.of(2026, 1, 1, 0, 0), "dryRun", true));
        assertThatThrownBy(() -> resync.run(Map.of("offenderNo", "A1234BC", "sampleId", "7", "nope", "x")))
                .hasMessageStartingWith("unknown parameter nope");
    }

    @Test
    void givenAHandlerReadingAnUndeclaredOrAbsentParameter_thenItIsAProgrammingError() {
        Params p = request(path("A1234BC", "42"), Map.of(), Map.of());
        assertThatThrownBy(() -> p.string("nope")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> p.date("since")).isInstanceOf(IllegalStateException.class);
    }
}
