package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.Params;

/**
 * A filter read from JSON (the API's body, a queued migration message) is taken exactly or refused naming the
 * field: a malformed filter must never widen a run to every prison.
 */
class VisitsMigrationFilterTest {

    @Test
    void aWellFormedFilterIsReadAsGiven() {
        VisitsMigrationFilter filter = VisitsMigrationFilter.fromJson(Map.of("prisonIds", List.of("MDI", "LEI"),
                "visitTypes", List.of("SCON", "OFFI"), "fromDateTime", "2026-01-01T00:00:00",
                "toDateTime", "2026-02-01T00:00:00", "ignoreMissingRoom", true));

        assertThat(filter).isEqualTo(new VisitsMigrationFilter(List.of("MDI", "LEI"), List.of("SCON", "OFFI"),
                LocalDateTime.parse("2026-01-01T00:00:00"), LocalDateTime.parse("2026-02-01T00:00:00"), true));
    }

    @Test
    void absentAndNullFieldsTakeTheDefaults() {
        Map<String, Object> nulls = new HashMap<>();
        Arrays.asList("prisonIds", "visitTypes", "fromDateTime", "toDateTime", "ignoreMissingRoom")
                .forEach(field -> nulls.put(field, null));

        assertThat(VisitsMigrationFilter.fromJson(nulls)).isEqualTo(VisitsMigrationFilter.fromJson(Map.of()))
                .isEqualTo(new VisitsMigrationFilter(List.of(), List.of("SCON"), null, null, false));
    }

    @Test
    void aPrisonGivenAsAStringInsteadOfAListIsRefusedNamingTheField() {
        refused(Map.of("prisonIds", "LEI"), "prisonIds");
    }

    @Test
    void aPrisonGivenAsANumberIsRefusedNamingTheField() {
        refused(Map.of("prisonIds", 42), "prisonIds");
        refused(Map.of("prisonIds", List.of(42)), "prisonIds");
    }

    @Test
    void aMisspeltFieldIsRefusedNamingIt() {
        refused(Map.of("prisonId", "LEI"), "prisonId");
    }

    @Test
    void aBlankOrNullPrisonInTheListIsRefused() {
        refused(Map.of("prisonIds", List.of(" ")), "prisonIds");
        refused(Map.of("prisonIds", Arrays.asList("MDI", null)), "prisonIds");
    }

    @Test
    void visitTypesMustBeAListOfStrings() {
        refused(Map.of("visitTypes", "SCON"), "visitTypes");
        refused(Map.of("visitTypes", Map.of("a", 1)), "visitTypes");
    }

    @Test
    void ignoreMissingRoomMustBeABoolean() {
        refused(Map.of("ignoreMissingRoom", "maybe"), "ignoreMissingRoom");
        refused(Map.of("ignoreMissingRoom", "true"), "ignoreMissingRoom");
        refused(Map.of("ignoreMissingRoom", 1), "ignoreMissingRoom");
    }

    @Test
    void datesMustBeLocalDateTimeStrings() {
        refused(Map.of("fromDateTime", 20260101), "fromDateTime");
        refused(Map.of("toDateTime", "yesterday"), "toDateTime");
        refused(Map.of("toDateTime", List.of("2026-01-01T00:00:00")), "toDateTime");
    }

    @Test
    void theCanonicalJsonReadsBack() {
        VisitsMigrationFilter filter = new VisitsMigrationFilter(List.of("MDI"), List.of("OFFI"),
                LocalDateTime.parse("2026-01-01T00:00:00"), null, true);

        assertThat(VisitsMigrationFilter.fromJson(filter.toJson())).isEqualTo(filter);
    }

    private static void refused(Map<String, Object> json, String field) {
        assertThatThrownBy(() -> VisitsMigrationFilter.fromJson(json))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("'" + field + "'");
    }

    @Test
    void theDescriptorsFilterFieldsAreTheFiltersAndTheirValuesMakeTheSameFilter() {
        VisitsMigrationFilter full = new VisitsMigrationFilter(List.of("MDI"), List.of("OFFI"),
                LocalDateTime.parse("2026-01-01T00:00:00"), LocalDateTime.parse("2026-02-01T00:00:00"), true);
        assertThat(VisitsMigration.DESCRIPTOR.filter()).extracting(Param::name)
                .containsExactlyElementsOf(full.toJson().keySet());

        Map<String, String> given = Map.of("prisonIds", "MDI,LEI", "fromDateTime", "2026-01-01T00:00:00",
                "ignoreMissingRoom", "true");
        Map<String, Object> json = VisitsMigration.DESCRIPTOR.filterJson(
                Params.fromCommandLine(VisitsMigration.DESCRIPTOR.filter(), given));
        assertThat(VisitsMigrationFilter.fromJson(json)).isEqualTo(new VisitsMigrationFilter(List.of("MDI", "LEI"),
                List.of("SCON"), LocalDateTime.parse("2026-01-01T00:00:00"), null, true));
        assertThat(VisitsMigrationFilter.fromJson(VisitsMigration.DESCRIPTOR.filterJson(
                Params.fromCommandLine(VisitsMigration.DESCRIPTOR.filter(), Map.of()))))
                .isEqualTo(new VisitsMigrationFilter(List.of(), List.of("SCON"), null, null, false));
    }
}
