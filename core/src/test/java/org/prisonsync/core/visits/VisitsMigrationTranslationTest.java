package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisitsMigrationTranslationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

    private static NomisVisit visit(String prison, LocalDateTime start, String type, String status, String outcome) {
        return new NomisVisit(1, "A1234BC", prison, start, start.plusHours(1), type, status, outcome, "ROOM",
                "comment", null, List.of(1L), 1L, "CREATOR", null, start.minusDays(10), null);
    }

    @Test
    void aVisitFromTodayToAYearAheadIsFuture_laterOnesAreErroneous() {
        assertThat(VisitsMigrationTranslation.isFuture(visit("MDI", TODAY.atTime(8, 0), "SCON", "SCH", null), TODAY))
                .isTrue();
        assertThat(VisitsMigrationTranslation.isFuture(
                visit("MDI", TODAY.plusYears(1).atTime(8, 0), "SCON", "SCH", null), TODAY)).isTrue();
        assertThat(VisitsMigrationTranslation.isFuture(
                visit("MDI", TODAY.plusYears(1).plusDays(1).atTime(8, 0), "SCON", "SCH", null), TODAY)).isFalse();
        assertThat(VisitsMigrationTranslation.isFuture(
                visit("MDI", TODAY.minusDays(1).atTime(8, 0), "SCON", "SCH", null), TODAY)).isFalse();
    }

    @Test
    void outcomeIsTheCancellationCodeFirstThenTheVisitStatus() {
        LocalDateTime t = TODAY.atTime(9, 0);
        Map<String, String> byCancellation = Map.of("HMP", "ESTABLISHMENT_CANCELLED", "NO_ID",
                "VISITOR_FAILED_SECURITY_CHECKS", "BATCH_CANC", "BATCH_CANCELLATION", "ADMIN_CANCEL",
                "ADMINISTRATIVE_CANCELLATION");
        byCancellation.forEach((code, expected) -> assertThat(VisitsMigrationTranslation.outcomeStatus(
                visit("MDI", t, "SCON", "CANC", code))).isEqualTo(expected));
        assertThat(VisitsMigrationTranslation.outcomeStatus(visit("MDI", t, "SCON", "CANC", null)))
                .isEqualTo("CANCELLATION");
        assertThat(VisitsMigrationTranslation.outcomeStatus(visit("MDI", t, "SCON", "HMPOP", null)))
                .isEqualTo("TERMINATED_BY_STAFF");
        assertThat(VisitsMigrationTranslation.outcomeStatus(visit("MDI", t, "SCON", "VDE", null)))
                .isEqualTo("VISITOR_DECLINED_ENTRY");
        assertThat(VisitsMigrationTranslation.outcomeStatus(visit("MDI", t, "SCON", "SCH", null))).isNull();
    }

    @Test
    void onlySocialAndOfficialVisitsCanBeMigrated() {
        assertThat(VisitsMigrationTranslation.dpsVisitType("SCON")).isEqualTo("SOCIAL");
        assertThat(VisitsMigrationTranslation.dpsVisitType("OFFI")).isEqualTo("OFFICIAL");
        assertThatThrownBy(() -> VisitsMigrationTranslation.dpsVisitType("FAM"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void futureVisitsAtHewellAreSnappedToTheirSessions() {
        NomisVisit morning = visit("HEI", TODAY.plusDays(3).atTime(9, 30), "SCON", "SCH", null);
        NomisVisit afternoon = visit("HEI", TODAY.plusDays(3).atTime(14, 15), "SCON", "SCH", null);
        VisitRoomMapping room = new VisitRoomMapping("HEI", "ROOM", "Hall", true);

        VisitsMigrationRequest am = VisitsMigrationTranslation.toDps(new VisitsMigrationSource(morning, null, null),
                Optional.of(room), true);
        VisitsMigrationRequest pm = VisitsMigrationTranslation.toDps(new VisitsMigrationSource(afternoon, null, null),
                Optional.of(room), true);

        assertThat(am.startTimestamp()).isEqualTo(TODAY.plusDays(3).atTime(9, 0));
        assertThat(am.endTimestamp()).isEqualTo(TODAY.plusDays(3).atTime(10, 0));
        assertThat(pm.startTimestamp()).isEqualTo(TODAY.plusDays(3).atTime(13, 45));
        assertThat(pm.endTimestamp()).isEqualTo(TODAY.plusDays(3).atTime(14, 45));
        assertThat(am.visitContact()).isNull();
    }

    @Test
    void aPastVisitWithoutARoomIsMigratedToTheUnknownRoom() {
        NomisVisit past = new NomisVisit(1, "A1234BC", "MDI", TODAY.minusDays(3).atTime(9, 0), null, "SCON", "NORM",
                null, null, "c", "v", List.of(), null, "CREATOR", null, null, null);

        VisitsMigrationRequest request = VisitsMigrationTranslation.toDps(new VisitsMigrationSource(past, null, null),
                Optional.empty(), false);

        assertThat(request.visitRoom()).isEqualTo("UNKNOWN");
        assertThat(request.visitRestriction()).isEqualTo("UNKNOWN");
        assertThat(request.endTimestamp()).isEqualTo(TODAY.minusDays(3).atTime(10, 0));
        assertThat(request.visitNotes()).isEmpty();
    }

    @Test
    void theFilterRoundTripsThroughJsonWithSconByDefault() {
        VisitsMigrationFilter filter = new VisitsMigrationFilter(List.of("MDI"), null,
                LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.of(2025, 12, 31, 23, 59, 59), true);

        assertThat(filter.visitTypes()).containsExactly("SCON");
        assertThat(VisitsMigrationFilter.fromJson(filter.toJson())).isEqualTo(filter);
        assertThat(VisitsMigrationFilter.fromJson(Map.of())).isEqualTo(
                new VisitsMigrationFilter(List.of(), List.of("SCON"), null, null, false));
    }
}
