package org.prisonsync.core.adjudications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;

/**
 * Issue 15: a punishment consecutive to another charge's ({@code consecutiveChargeNumber}) is awarded in NOMIS
 * consecutive to that charge's NOMIS charge ({@code consecutiveCharge}), found through the adjudication mapping; one
 * whose charge is not mapped yet waits for it rather than being written without the link.
 */
class ConsecutivePunishmentsTest {
    private static final String PRISONER = "A1234BC";
    private static final LocalDateTime HEARD = LocalDateTime.of(2026, 3, 4, 10, 30);
    private final AdjudicationsWorld world = new AdjudicationsWorld();

    private Notification event(String type, String chargeNumber, Long hearingId) {
        return AdjudicationsWorld.event(type, chargeNumber, PRISONER, hearingId);
    }

    /** Reported, created in NOMIS, heard and proved, with the given punishments in DPS. */
    private void proved(String chargeNumber, long hearingId, List<DpsCharge.Punishment> punishments) {
        world.reported(chargeNumber, PRISONER, 5001);
        world.handle(event(AdjudicationsSync.REPORT_CREATED, chargeNumber, null));
        world.dpsChange(chargeNumber, c -> AdjudicationsWorld.with(c,
                List.of(AdjudicationsWorld.hearing(hearingId, HEARD)), List.of(), List.of(), "SCHEDULED"));
        world.handle(event(AdjudicationsSync.HEARING_CREATED, chargeNumber, hearingId));
        world.dpsChange(chargeNumber, c -> AdjudicationsWorld.with(c,
                List.of(AdjudicationsWorld.hearing(hearingId, HEARD).withOutcome(
                        new DpsCharge.HearingOutcome("COMPLETE", "JUDGE_A", "GUILTY"))),
                List.of(new DpsCharge.Outcome(hearingId, "CHARGE_PROVED")), punishments, "CHARGE_PROVED"));
        world.handle(event("adjudication.hearingCompleted.created", chargeNumber, hearingId));
    }

    private static DpsCharge.Punishment adaAfter(long id, int days, String consecutiveTo) {
        return new DpsCharge.Punishment(id, "ADDITIONAL_DAYS", null, null, days, null, null, null, null,
                consecutiveTo);
    }

    @Test
    void aPunishmentConsecutiveToAnotherChargeIsAwardedConsecutiveToThatChargesNomisChargeOnce() {
        proved("9201", 61, List.of(AdjudicationsWorld.ada(611, 10)));
        world.handle(event(AdjudicationsSync.PUNISHMENTS_CREATED, "9201", null));
        proved("9202", 62, List.of(adaAfter(621, 5, "9201")));

        world.thrice(event(AdjudicationsSync.PUNISHMENTS_CREATED, "9202", null));

        assertThat(world.nomisOf("9202").awardsOf(1)).singleElement().satisfies(a -> {
            assertThat(a.award().consecutiveCharge()).isEqualTo(world.nomisCharge("9201"));
            assertThat(a.award().sanctionDays()).isEqualTo(5);
        });
    }

    @Test
    void givenTheConsecutiveChargeIsNotMappedYet_thenThePunishmentsWaitForItAndAreThenAwardedWithTheLink() {
        proved("9204", 64, List.of(adaAfter(641, 5, "9203")));

        Disposition early = world.handle(event(AdjudicationsSync.PUNISHMENTS_CREATED, "9204", null));

        assertThat(early).isInstanceOf(Disposition.Retry.class);
        assertThat(world.nomisOf("9204").awardsOf(1)).isEmpty();
        assertThat(world.telemetry.named("punishment-create-awaiting-parent")).isNotEmpty();

        world.reported("9203", PRISONER, 5001);
        world.handle(event(AdjudicationsSync.REPORT_CREATED, "9203", null));
        assertThat(world.handle(event(AdjudicationsSync.PUNISHMENTS_CREATED, "9204", null)))
                .isEqualTo(Disposition.ACK);
        assertThat(world.nomisOf("9204").awardsOf(1)).singleElement().satisfies(a ->
                assertThat(a.award().consecutiveCharge()).isEqualTo(world.nomisCharge("9203")));
    }
}
