package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitTranslationTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 2, 1);
    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

    private static DpsVisit visit(String type, String restriction, LocalDateTime end) {
        return new DpsVisit("ab-cd-ef-gh", "A1234BC", "MDI", "Main Hall", type, "BOOKED", null, restriction, START,
                end, List.of(4729510L, 4729511L), "bring ID");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SOCIAL, SCON", "FAMILY, SCON", "OFFICIAL, OFFI"})
    void visitTypesBecomeNomisCodes(String dpsType, String nomisType) {
        assertThat(VisitTranslation.toNomis(visit(dpsType, "OPEN", START.plusHours(1)), ISSUED).visitType())
                .isEqualTo(nomisType);
    }

    @Test
    void theEndIsATimeOfDayInHoursAndMinutes() {
        assertThat(VisitTranslation.toNomis(visit("SOCIAL", "OPEN", START.plusMinutes(65).plusSeconds(30)),
                ISSUED).endTime()).isEqualTo("10:05");
        assertThat(VisitTranslation.toNomis(visit("SOCIAL", "OPEN", START.withHour(15)), ISSUED).endTime())
                .isEqualTo("15:00");
    }

    @Test
    void theCommentsCarryTheDpsReference() {
        NomisVisitRequest request = VisitTranslation.toNomis(visit("SOCIAL", "OPEN", START.plusHours(1)), ISSUED);
        assertThat(request.visitComment()).isEqualTo("DPS booking reference: ab-cd-ef-gh");
        assertThat(request.visitOrderComment()).isEqualTo("DPS booking reference: ab-cd-ef-gh");
        assertThat(VisitTranslation.bookingComment("x")).isEqualTo("DPS booking reference: x");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(value = {"CLOSED, CLOSED", "OPEN, OPEN", "UNKNOWN, OPEN", "null, OPEN"}, nullValues = "null")
    void onlyAClosedRestrictionIsClosedInNomis(String restriction, String status) {
        assertThat(VisitTranslation.toNomis(visit("SOCIAL", restriction, START.plusHours(1)), ISSUED)
                .openClosedStatus()).isEqualTo(status);
    }

    @Test
    void theRestIsCopiedAcross() {
        NomisVisitRequest request = VisitTranslation.toNomis(visit("SOCIAL", "OPEN", START.plusHours(1)), ISSUED);
        assertThat(request.startDateTime()).isEqualTo(START);
        assertThat(request.prisonId()).isEqualTo("MDI");
        assertThat(request.room()).isEqualTo("Main Hall");
        assertThat(request.visitorPersonIds()).containsExactly(4729510L, 4729511L);
        assertThat(request.issueDate()).isEqualTo(ISSUED);
    }
}
