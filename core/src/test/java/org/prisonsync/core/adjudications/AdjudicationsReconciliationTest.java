package org.prisonsync.core.adjudications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;

/**
 * The ADA reconciliation per active prisoner on the engine: exactly the planted differences, a difference on a merged
 * prisoner kept but explained (not raised), suspended and quashed awards ignored on both sides.
 */
class AdjudicationsReconciliationTest {
    private static final LocalDateTime HEARD = LocalDateTime.of(2026, 3, 4, 10, 30);
    private final AdjudicationsWorld world = new AdjudicationsWorld();

    private void synced(String chargeNumber, String prisoner, long booking, List<DpsCharge.Punishment> punishments) {
        world.reported(chargeNumber, prisoner, booking);
        send(AdjudicationsSync.REPORT_CREATED, chargeNumber, prisoner, null);
        world.dpsChange(chargeNumber, c -> AdjudicationsWorld.with(c,
                List.of(AdjudicationsWorld.hearing(Long.parseLong(chargeNumber), HEARD).withOutcome(
                        new DpsCharge.HearingOutcome("COMPLETE", "JUDGE", "GUILTY"))),
                List.of(new DpsCharge.Outcome(Long.parseLong(chargeNumber), "CHARGE_PROVED")), punishments,
                "CHARGE_PROVED"));
        send(AdjudicationsSync.HEARING_CREATED, chargeNumber, prisoner, Long.parseLong(chargeNumber));
        send("adjudication.hearingCompleted.created", chargeNumber, prisoner, Long.parseLong(chargeNumber));
        send(AdjudicationsSync.PUNISHMENTS_CREATED, chargeNumber, prisoner, null);
    }

    private void send(String type, String chargeNumber, String prisoner, Long hearingId) {
        Notification event = AdjudicationsWorld.event(type, chargeNumber, prisoner, hearingId);
        world.handle(event);
    }

    @Test
    void reportsExactlyThePlantedDifferencesAndExplainsTheMergedOne() {
        world.active.add("A1000AA", 701);
        world.active.add("A1000AB", 702);
        world.active.add("A1000AC", 703);
        synced("8001", "A1000AA", 701, List.of(AdjudicationsWorld.ada(1, 10),
                new DpsCharge.Punishment(2, "ADDITIONAL_DAYS", null, null, 5, null, null,
                        java.time.LocalDate.of(2026, 9, 1), null, null)));
        synced("8002", "A1000AB", 702, List.of(AdjudicationsWorld.ada(3, 4)));
        synced("8003", "A1000AC", 703, List.of(AdjudicationsWorld.ada(4, 6)));
        // planted: DPS gained an ADA NOMIS never got (its event lost); the merged prisoner's DPS lost one
        world.dpsChange("8002", c -> AdjudicationsWorld.with(c, c.hearings(), c.outcomes(),
                List.of(AdjudicationsWorld.ada(3, 4), AdjudicationsWorld.ada(5, 9)), c.status()));
        world.dpsChange("8003", c -> AdjudicationsWorld.with(c, c.hearings(), c.outcomes(), List.of(), c.status()));
        world.nomis.merge("A1000AC", LocalDateTime.of(2025, 6, 1, 12, 0));
        world.nomis.merge("A1000AA", LocalDateTime.of(2023, 6, 1, 12, 0));

        ReconciliationRun run = world.core.reconciliations().run(AdjudicationsReconciliation.NAME,
                ReconciliationParameters.none());

        assertThat(run.checked()).isEqualTo(3);
        assertThat(run.mismatchCount()).isEqualTo(1);
        Map<String, Mismatch> found = world.core.reconciliations().mismatches(run.id()).stream()
                .collect(Collectors.toMap(Mismatch::key, Function.identity()));
        assertThat(found).containsOnlyKeys("A1000AB", "A1000AC");
        assertThat(found.get("A1000AB").fields()).containsEntry("nomisAdaCount", "1").containsEntry("dpsAdaCount", "2")
                .containsEntry("nomisAdaDays", "4").containsEntry("dpsAdaDays", "13")
                .doesNotContainKey(Mismatch.EXPLAINED);
        assertThat(found.get("A1000AC").explanation()).contains("merge");
        assertThat(found.get("A1000AC").fields()).containsEntry("nomisAdaDays", "6").containsEntry("dpsAdaDays", "0");
        assertThat(world.telemetry.count("adjudication-reports-reconciliation-mismatch")).isEqualTo(1);
        // upstream's name for it, which its dashboards count
        assertThat(world.telemetry.count("adjudication-reports-reconciliation-merge-mismatch")).isEqualTo(1);
        assertThat(world.telemetry.count("adjudication-reports-reconciliation-mismatch-explained")).isZero();
    }
}
