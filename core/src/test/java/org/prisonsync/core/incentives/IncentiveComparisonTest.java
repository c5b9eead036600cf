package org.prisonsync.core.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.incentives.IncentiveVerdict.Kind;
import org.prisonsync.core.incentives.IncentiveVerdict.Side;

class IncentiveComparisonTest {
    private static final long BOOKING = 1_234_567;
    private static final LocalDateTime REVIEWED = LocalDateTime.of(2026, 2, 1, 10, 0);

    private static IncentiveReview dps(String level) {
        return new IncentiveReview(77, "A1234BC", BOOKING, level, level, REVIEWED.toLocalDate(), REVIEWED, "MDI",
                null, "USER", "REVIEW", "INCENTIVES_API");
    }

    private static NomisIncentive nomis(String level, String module, LocalDateTime at) {
        return new NomisIncentive(new NomisIncentiveId(BOOKING, 4), "A1234BC", level, level, at, "MDI", null, null,
                true, module, at);
    }

    private static IncentiveVerdict compare(NomisIncentive nomis, IncentiveReview dps) {
        return IncentiveComparison.compare("A1234BC", BOOKING, Optional.ofNullable(nomis), Optional.ofNullable(dps));
    }

    @Test
    void theSameLevelOnBothSidesIsConsistent() {
        IncentiveVerdict verdict = compare(nomis("STD", "OIDITRAN", REVIEWED.plusDays(1)), dps("STD"));

        assertThat(verdict.consistent()).isTrue();
        assertThat(verdict.likelyWrong()).isEqualTo(Side.NONE);
        assertThat(compare(null, null).consistent()).isTrue();
    }

    @Test
    void aReviewWrittenThroughTheApiThatDiffersMeansNomisIsLikelyWrong() {
        IncentiveVerdict verdict = compare(nomis("ENH", "JDBC Thin Client", REVIEWED.minusDays(3)), dps("STD"));

        assertThat(verdict.kind()).isEqualTo(Kind.NOMIS_REVIEW_DIFFERS);
        assertThat(verdict.likelyWrong()).isEqualTo(Side.NOMIS);
        assertThat(verdict.nomisLevel()).isEqualTo("ENH");
        assertThat(verdict.dpsLevel()).isEqualTo("STD");
        assertThat(verdict.note()).startsWith("A1234BC booking 1234567: NOMIS ENH").contains("repair");
    }

    @Test
    void aManualReviewOnTheNomisIepScreenMeansNomisIsLikelyWrong() {
        IncentiveVerdict verdict = compare(nomis("BAS", "OIDOIEPS", REVIEWED.plusDays(2)), dps("STD"));

        assertThat(verdict.kind()).isEqualTo(Kind.NOMIS_REVIEW_DIFFERS);
        assertThat(verdict.likelyWrong()).isEqualTo(Side.NOMIS);
        assertThat(verdict.nomisIepToRemove()).isNull();
    }

    @Test
    void aSystemGeneratedIepAfterDpsReviewIsADoubleTransferNamingTheIepToRemove() {
        IncentiveVerdict verdict = compare(nomis("ENT", "OIDITRAN", REVIEWED.plusMinutes(3)), dps("STD"));

        assertThat(verdict.kind()).isEqualTo(Kind.DOUBLE_TRANSFER);
        assertThat(verdict.likelyWrong()).isEqualTo(Side.NOMIS);
        assertThat(verdict.nomisIepToRemove()).isEqualTo(new NomisIncentiveId(BOOKING, 4));
        assertThat(verdict.note()).contains("delete IEP sequence 4 of booking 1234567");
    }

    @Test
    void aSystemGeneratedIepBeforeDpsReviewIsUnexplained() {
        IncentiveVerdict verdict = compare(nomis("ENT", "OIDADMIS", REVIEWED.minusDays(1)), dps("STD"));

        assertThat(verdict.kind()).isEqualTo(Kind.UNEXPLAINED);
        assertThat(verdict.likelyWrong()).isEqualTo(Side.UNKNOWN);
        assertThat(verdict.note()).contains("missed a movement");
    }

    @Test
    void aSideWithoutALevelIsTheLikelyWrongOne() {
        IncentiveVerdict noIep = compare(null, dps("STD"));
        IncentiveVerdict noReview = compare(nomis("STD", "OIDADMIS", REVIEWED), null);

        assertThat(noIep.kind()).isEqualTo(Kind.MISSING_IN_NOMIS);
        assertThat(noIep.likelyWrong()).isEqualTo(Side.NOMIS);
        assertThat(noReview.kind()).isEqualTo(Kind.MISSING_IN_DPS);
        assertThat(noReview.likelyWrong()).isEqualTo(Side.DPS);
        assertThat(noReview.note()).contains("prisoner.received");
    }
}
