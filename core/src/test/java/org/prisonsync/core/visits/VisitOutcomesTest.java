package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VisitOutcomesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ADMINISTRATIVE_CANCELLATION, ADMIN",
            "ESTABLISHMENT_CANCELLED, HMP",
            "VISITOR_FAILED_SECURITY_CHECKS, NO_ID",
            "NO_VISITING_ORDER, NO_VO",
            "VISITOR_DID_NOT_ARRIVE, NSHOW",
            "PRISONER_CANCELLED, OFFCANC",
            "PRISONER_REFUSED_TO_ATTEND, REFUSED",
            "VISITOR_CANCELLED, VISCANC",
            "VISIT_ORDER_CANCELLED, VO_CANCEL"})
    void dpsOutcomesBecomeNomisCodesAndBack(String dps, String nomis) {
        assertThat(VisitOutcomes.nomisCancellation(dps)).isEqualTo(nomis);
        assertThat(VisitOutcomes.dpsCancellation(nomis)).isEqualTo(dps);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"COMPLETED_NORMALLY", "SUPERSEDED_CANCELLATION", ""})
    void anyOtherDpsOutcomeIsAnAdministrativeCancellationInNomis(String dps) {
        assertThat(VisitOutcomes.nomisCancellation(dps)).isEqualTo("ADMIN");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"BATCH_CANC, BATCH_CANCELLATION", "ADMIN_CANCEL, ADMINISTRATIVE_CANCELLATION"})
    void nomisOnlyCodesHaveTheirDpsOutcome(String nomis, String dps) {
        assertThat(VisitOutcomes.dpsCancellation(nomis)).isEqualTo(dps);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"ATT", "UNKNOWN"})
    void anyOtherNomisCodeIsAPlainCancellationInDps(String nomis) {
        assertThat(VisitOutcomes.dpsCancellation(nomis)).isEqualTo("CANCELLATION");
    }
}
