package org.prisonsync.core.adjudications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.repair.RepairReport;

/**
 * Seed 000's cascade: a historic NOMIS adjudication with two charges (two DPS adjudications) shares one hearing; DPS
 * deletes the first charge's hearing, the sync deletes the NOMIS hearing and with it the second charge's result and
 * award, leaving its hearing and punishment mappings stale. The one repair restores the second charge; its dry run
 * lists every step and changes nothing.
 */
class PunishmentRepairTest {
    private static final String PRISONER = "A2345CD";
    private static final long BOOKING = 6001;
    private static final LocalDateTime HEARD = LocalDateTime.of(2023, 5, 10, 14, 0);
    private final AdjudicationsWorld world = new AdjudicationsWorld();
    private long adjudicationNumber;
    private String first;
    private String second;
    private long sharedHearing;

    @BeforeEach
    void plantAMigratedAdjudicationWithTwoChargesOnOneHearing() {
        world.nomis.admit(PRISONER, BOOKING);
        NomisChargeId charge1 = world.nomis.createAdjudication(PRISONER, new NomisAdjudicationRequest("OFFICER_A",
                LocalDate.of(2023, 5, 1), LocalTime.of(9, 0), LocalDate.of(2023, 5, 1), LocalTime.of(10, 0),
                AdjudicationsWorld.LOCATION, "a fight", AdjudicationsWorld.PRISON, List.of(),
                List.of("51:1", "51:2"), List.of()));
        adjudicationNumber = charge1.adjudicationNumber();
        NomisChargeId charge2 = new NomisChargeId(adjudicationNumber, 2);
        sharedHearing = world.nomis.createHearing(adjudicationNumber,
                ChargeWrites.hearingRequest(AdjudicationsWorld.hearing(101, HEARD),
                        AdjudicationsWorld.LOCATION));
        first = adjudicationNumber + "-1";
        second = adjudicationNumber + "-2";
        long punishment = 201;
        long hearing = 101;
        for (NomisChargeId charge : List.of(charge1, charge2)) {
            String chargeNumber = adjudicationNumber + "-" + charge.chargeSequence();
            DpsCharge dps = AdjudicationsWorld.with(world.reported(chargeNumber, PRISONER, BOOKING),
                    List.of(AdjudicationsWorld.hearing(hearing, HEARD).withOutcome(
                            new DpsCharge.HearingOutcome("COMPLETE", "JUDGE_A", "GUILTY"))),
                    List.of(new DpsCharge.Outcome(hearing, "CHARGE_PROVED")),
                    List.of(AdjudicationsWorld.ada(punishment, 7)), "CHARGE_PROVED");
            world.dps.put(dps, BOOKING);
            world.nomis.upsertHearingResult(charge, sharedHearing, new NomisResultRequest("JUDGE_A", "GUILTY",
                    "PROVED"));
            NomisAwardId award = world.nomis.createAwards(charge,
                    List.of(AdjudicationCodes.award(dps, dps.punishments().get(0)))).get(0);
            world.mappings.save(Mapping.of(AdjudicationsSync.ADJUDICATION, charge.key(), chargeNumber, PRISONER,
                    "MIGRATED"));
            world.mappings.save(Mapping.of(AdjudicationsSync.HEARING,
                    new NomisHearingKey(sharedHearing, charge.chargeSequence()).key(), Long.toString(hearing),
                    PRISONER, "MIGRATED"));
            world.mappings.save(Mapping.of(AdjudicationsSync.PUNISHMENT, award.key(), Long.toString(punishment),
                    PRISONER, "MIGRATED"));
            punishment++;
            hearing++;
        }
        // DPS deletes the first charge's hearing (and with it its outcome and punishment); the sync follows
        world.dpsChange(first, c -> AdjudicationsWorld.with(c, List.of(), List.of(), List.of(), "UNSCHEDULED"));
        world.handle(AdjudicationsWorld.event(AdjudicationsSync.HEARING_DELETED, first, PRISONER, 101L));
    }

    @Test
    void deletingTheSharedHearingTookTheOtherChargesResultAndAwardAndLeftItsMappingsStale() {
        NomisAdjudication after = world.nomis.adjudication(adjudicationNumber).orElseThrow();
        assertThat(after.hearings()).isEmpty();
        assertThat(after.awardsOf(2)).isEmpty();
        assertThat(world.mapping(AdjudicationsSync.HEARING, 101)).isEmpty();
        assertThat(world.mapping(AdjudicationsSync.HEARING, 102)).map(Mapping::nomisId)
                .contains(sharedHearing + ":2");
        assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 202)).isPresent();
    }

    @Test
    void theDryRunListsEveryStepAndChangesNothing() {
        RepairReport planned = world.repair().repair("MDI", PRISONER, second, true);

        assertThat(planned.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(planned.actions()).containsExactly(
                "delete the mapping of hearing 102 (NOMIS hearing " + sharedHearing + " is gone)",
                "delete the mapping of punishment 202 (its NOMIS award is gone)",
                "create a NOMIS hearing for DPS hearing 102 (GOV_ADULT on 2023-05-10T14:00) on charge "
                        + adjudicationNumber + "/2 and map it",
                "upsert the result PROVED of charge " + adjudicationNumber + "/2 on the hearing of DPS hearing 102",
                "create a NOMIS award for punishment 202 (ADDITIONAL_DAYS) on charge " + adjudicationNumber
                        + "/2 and map it");
        assertThat(world.nomis.adjudication(adjudicationNumber).orElseThrow().hearings()).isEmpty();
        assertThat(world.mapping(AdjudicationsSync.HEARING, 102)).map(Mapping::nomisId)
                .contains(sharedHearing + ":2");
        assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 202)).isPresent();
        assertThat(world.nomis.awardCount()).isZero();
    }

    @Test
    void theRepairRestoresTheHearingResultAndAwardAndMapsThemAndASecondRepairHasNothingToDo() {
        RepairReport done = world.repair().repair("MDI", PRISONER, second, false);

        assertThat(done.status()).isEqualTo(RepairReport.Status.DONE);
        NomisAdjudication repaired = world.nomis.adjudication(adjudicationNumber).orElseThrow();
        NomisAdjudication.Hearing hearing = repaired.hearings().stream().filter(h -> h.hearingId() != sharedHearing)
                .findFirst().orElseThrow();
        assertThat(hearing.resultFor(2)).hasValueSatisfying(r -> {
            assertThat(r.findingCode()).isEqualTo("PROVED");
            assertThat(r.awards()).singleElement().satisfies(a -> {
                assertThat(a.award().sanctionType()).isEqualTo("ADA");
                assertThat(a.award().sanctionDays()).isEqualTo(7);
                assertThat(world.mapping(AdjudicationsSync.PUNISHMENT, 202)).map(Mapping::nomisId)
                        .contains(a.id().key());
            });
        });
        assertThat(hearing.resultFor(1)).isEmpty();
        assertThat(world.mapping(AdjudicationsSync.HEARING, 102)).map(Mapping::nomisId)
                .contains(hearing.hearingId() + ":2");

        assertThat(world.repair().repair("MDI", PRISONER, second, true).status())
                .isEqualTo(RepairReport.Status.NOTHING_TO_DO);
        assertThat(world.repair().repair("MDI", PRISONER, second, false).status())
                .isEqualTo(RepairReport.Status.NOTHING_TO_DO);
        assertThat(world.nomis.awardCount()).isEqualTo(1);
    }

    @Test
    void anotherPrisonersOrPrisonsChargeOrAnUnknownOneIsRefused() {
        assertThat(world.repair().repair("MDI", "A9999ZZ", second, true).status())
                .isEqualTo(RepairReport.Status.REFUSED);
        assertThat(world.repair().repair("LEI", PRISONER, second, false).status())
                .isEqualTo(RepairReport.Status.REFUSED);
        assertThat(world.repair().repair("MDI", PRISONER, "424242", false).status())
                .isEqualTo(RepairReport.Status.NOT_FOUND);
        assertThat(world.nomis.adjudication(adjudicationNumber).orElseThrow().hearings()).isEmpty();
    }
}
