package org.prisonsync.core.adjudications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;

/**
 * The {@link AdjudicationsNomisApi} contract, for the in-memory twin and every adapter. Implementations may keep
 * state across tests, so each test uses a booking and prisoner of its own, made known through the implementation's
 * own means ({@link #admit}).
 */
public abstract class AdjudicationsNomisApiContract {
    private static final AtomicLong BOOKINGS = new AtomicLong(7_000_000);
    private static final AtomicLong PRISONERS = new AtomicLong(1000);

    protected abstract AdjudicationsNomisApi api();

    protected abstract void admit(String offenderNo, long bookingId);

    protected abstract void merge(String offenderNo, LocalDateTime when);

    private String prisoner;
    private long booking;

    private void newPrisoner() {
        booking = BOOKINGS.incrementAndGet();
        prisoner = String.format("C%04dXY", PRISONERS.incrementAndGet() % 10000);
        admit(prisoner, booking);
    }

    private static NomisAdjudicationRequest report(String... offences) {
        return new NomisAdjudicationRequest("OFFICER_A", LocalDate.of(2026, 2, 20), LocalTime.of(9, 15),
                LocalDate.of(2026, 3, 1), LocalTime.of(8, 0), 7001, "a fight", "MDI",
                List.of(new NomisAdjudication.Repair("CLEA", "blood")), List.of(offences),
                List.of(new NomisAdjudication.Evidence("PHOTO", "a photo")));
    }

    private static NomisHearingRequest hearing(int day) {
        return new NomisHearingRequest("GOV_ADULT", LocalDate.of(2026, 3, day), LocalTime.of(10, 30), "MDI", 7001);
    }

    private static NomisAwardRequest award(String type, int days) {
        return new NomisAwardRequest(type, "IMMEDIATE", LocalDate.of(2026, 3, 4), days, null, null, null);
    }

    @Test
    void anAdjudicationIsCreatedWithItsChargesAndReadBackWithItsFields() {
        newPrisoner();

        NomisChargeId id = api().createAdjudication(prisoner, report("51:1", "51:2"));

        assertThat(id.chargeSequence()).isEqualTo(1);
        NomisAdjudication found = api().adjudication(id.adjudicationNumber()).orElseThrow();
        assertThat(found.offenderNo()).isEqualTo(prisoner);
        assertThat(found.bookingId()).isEqualTo(booking);
        assertThat(found.prisonId()).isEqualTo("MDI");
        assertThat(found.incidentDate()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(found.incidentTime()).isEqualTo(LocalTime.of(9, 15));
        assertThat(found.details()).isEqualTo("a fight");
        assertThat(found.charges()).containsExactly(new NomisAdjudication.Charge(1, "51:1"),
                new NomisAdjudication.Charge(2, "51:2"));
        assertThat(found.repairs()).containsExactly(new NomisAdjudication.Repair("CLEA", "blood"));
        assertThat(found.evidence()).containsExactly(new NomisAdjudication.Evidence("PHOTO", "a photo"));
        assertThat(report("51:1", "51:2").describes(found)).isTrue();
        assertThat(api().chargeIds(LocalDate.of(2000, 1, 1), "MDI")).contains(
                new AdjudicationsNomisApi.ChargeRef(id, prisoner),
                new AdjudicationsNomisApi.ChargeRef(new NomisChargeId(id.adjudicationNumber(), 2), prisoner));
        assertThat(api().adjudication(999_999_999L)).isEmpty();
    }

    @Test
    void anAwardConsecutiveToAnotherChargeIsReadBackNamingThatCharge() {
        newPrisoner();
        NomisChargeId first = api().createAdjudication(prisoner, report("51:1"));
        NomisChargeId second = api().createAdjudication(prisoner, report("51:2"));
        api().upsertResultWithoutHearing(first, new NomisResultRequest(null, "GUILTY", "PROVED"));
        api().upsertResultWithoutHearing(second, new NomisResultRequest(null, "GUILTY", "PROVED"));
        api().createAwards(first, List.of(award("ADA", 10)));
        NomisAwardRequest consecutive = new NomisAwardRequest("ADA", "IMMEDIATE", LocalDate.of(2026, 3, 4), 5, null,
                null, first);

        api().createAwards(second, List.of(consecutive));

        assertThat(api().adjudication(second.adjudicationNumber()).orElseThrow().awardsOf(second.chargeSequence()))
                .singleElement().satisfies(a -> assertThat(a.award()).isEqualTo(consecutive));
    }

    @Test
    void repairsAndEvidenceAreReplaced() {
        newPrisoner();
        NomisChargeId id = api().createAdjudication(prisoner, report("51:1"));

        api().updateRepairs(id.adjudicationNumber(), List.of(new NomisAdjudication.Repair("LOCK", "a lock")));
        api().updateEvidence(id.adjudicationNumber(), List.of(new NomisAdjudication.Evidence("EVI_BAG", "a bag")));

        NomisAdjudication found = api().adjudication(id.adjudicationNumber()).orElseThrow();
        assertThat(found.repairs()).containsExactly(new NomisAdjudication.Repair("LOCK", "a lock"));
        assertThat(found.evidence()).containsExactly(new NomisAdjudication.Evidence("EVI_BAG", "a bag"));
    }

    @Test
    void hearingsResultsAndAwardsAreWrittenReadAndDeletedWithTheCascade() {
        newPrisoner();
        NomisChargeId charge1 = api().createAdjudication(prisoner, report("51:1", "51:2"));
        NomisChargeId charge2 = new NomisChargeId(charge1.adjudicationNumber(), 2);
        long hearingId = api().createHearing(charge1.adjudicationNumber(), hearing(4));
        api().updateHearing(charge1.adjudicationNumber(), hearingId, hearing(5));
        api().upsertHearingResult(charge1, hearingId, new NomisResultRequest("JUDGE", "GUILTY", "PROVED"));
        api().upsertHearingResult(charge2, hearingId, new NomisResultRequest("JUDGE", "NOT_GUILTY", "D"));
        api().upsertHearingResult(charge2, hearingId, new NomisResultRequest("JUDGE", "GUILTY", "PROVED"));
        List<NomisAwardId> made = api().createAwards(charge1, List.of(award("ADA", 10), award("CC", 3)));
        List<NomisAwardId> other = api().createAwards(charge2, List.of(award("ADA", 4)));

        NomisAdjudication found = api().adjudication(charge1.adjudicationNumber()).orElseThrow();
        NomisAdjudication.Hearing h = found.hearing(hearingId).orElseThrow();
        assertThat(hearing(5).describes(h)).isTrue();
        assertThat(h.resultFor(2)).hasValueSatisfying(r -> {
            assertThat(r.findingCode()).isEqualTo("PROVED");
            assertThat(r.pleaFindingCode()).isEqualTo("GUILTY");
        });
        assertThat(found.awardsOf(1)).extracting(NomisAdjudication.Award::id).containsExactlyElementsOf(made);
        assertThat(found.awardsOf(1).get(0).award()).isEqualTo(award("ADA", 10));
        assertThat(made).allSatisfy(a -> assertThat(a.bookingId()).isEqualTo(booking));
        assertThat(api().adjudicationOfHearing(hearingId)).map(NomisAdjudication::adjudicationNumber)
                .contains(charge1.adjudicationNumber());
        assertThat(api().adaSummary(booking).adaSummaries()).extracting(AdaSummary.Ada::days)
                .containsExactlyInAnyOrder(10, 4);

        AdjudicationsNomisApi.AwardChanges changes = api().updateAwards(charge1, List.of(award("EXTW", 2)),
                Map.of(made.get(0).sanctionSequence(), award("ADA", 12)));
        assertThat(changes.deleted()).containsExactly(made.get(1));
        assertThat(changes.created()).hasSize(1);
        assertThat(api().adjudication(charge1.adjudicationNumber()).orElseThrow().awardsOf(1))
                .extracting(a -> a.award().sanctionType() + a.award().sanctionDays())
                .containsExactlyInAnyOrder("ADA12", "EXTW2");

        api().quash(charge1);
        NomisAdjudication quashed = api().adjudication(charge1.adjudicationNumber()).orElseThrow();
        assertThat(quashed.hearing(hearingId).orElseThrow().resultFor(1).orElseThrow().findingCode())
                .isEqualTo("QUASHED");
        assertThat(quashed.awardsOf(1)).allSatisfy(a -> assertThat(a.award().sanctionStatus()).isEqualTo("QUASHED"));
        api().unquash(charge1, "PROVED", List.of(), Map.of(made.get(0).sanctionSequence(), award("ADA", 12)));
        NomisAdjudication unquashed = api().adjudication(charge1.adjudicationNumber()).orElseThrow();
        assertThat(unquashed.awardsOf(1)).singleElement()
                .satisfies(a -> assertThat(a.award()).isEqualTo(award("ADA", 12)));

        api().deleteHearing(charge1.adjudicationNumber(), hearingId);
        api().deleteHearing(charge1.adjudicationNumber(), hearingId);
        NomisAdjudication after = api().adjudication(charge1.adjudicationNumber()).orElseThrow();
        assertThat(after.hearings()).isEmpty();
        assertThat(after.awardsOf(2)).isEmpty();
        assertThat(other).hasSize(1);
        assertThat(api().adaSummary(booking).adaSummaries()).isEmpty();
    }

    @Test
    void resultsWithoutAHearingAndDeletesOfWhatIsGoneAreDone() {
        newPrisoner();
        NomisChargeId charge = api().createAdjudication(prisoner, report("51:1"));
        api().upsertResultWithoutHearing(charge, new NomisResultRequest(null, "NOT_ASKED", "REF_POLICE"));

        assertThat(api().adjudication(charge.adjudicationNumber()).orElseThrow().hasResultFor(1)).isTrue();
        api().deleteResultWithoutHearing(charge);
        api().deleteResultWithoutHearing(charge);
        assertThat(api().adjudication(charge.adjudicationNumber()).orElseThrow().hasResultFor(1)).isFalse();
        long hearingId = api().createHearing(charge.adjudicationNumber(), hearing(6));
        api().upsertHearingResult(charge, hearingId, new NomisResultRequest(null, "GUILTY", "PROVED"));
        api().createAwards(charge, List.of(award("CAUTION", 0)));
        assertThat(api().deleteHearingResult(charge, hearingId)).hasSize(1);
        assertThat(api().deleteHearingResult(charge, hearingId)).isEmpty();
        assertThat(api().deleteAwards(charge)).isEmpty();
    }

    @Test
    void writesToWhatNomisDoesNotHaveAreRefusedWith404() {
        newPrisoner();
        assertThatThrownBy(() -> api().createHearing(999_999_998L, hearing(4)))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(404));
        NomisChargeId charge = api().createAdjudication(prisoner, report("51:1"));
        assertThatThrownBy(() -> api().createAwards(charge, List.of(award("ADA", 1))))
                .isInstanceOf(UpstreamRejected.class);
    }

    @Test
    void mergesAreListedFromTheDate() {
        newPrisoner();
        merge(prisoner, LocalDateTime.of(2023, 1, 5, 10, 0));
        merge(prisoner, LocalDateTime.of(2025, 1, 5, 10, 0));

        assertThat(api().mergesSince(prisoner, LocalDate.of(2024, 1, 28)))
                .containsExactly(LocalDateTime.of(2025, 1, 5, 10, 0));
    }
}
