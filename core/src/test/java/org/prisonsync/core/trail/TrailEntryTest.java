package org.prisonsync.core.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.telemetry.SyncStep;

class TrailEntryTest {
    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void readsTheSearchableIdsOutOfUpstreamsPropertyNames() {
        TrailEntry entry = TrailEntry.of("visit-booked-create-success", Map.of("offenderNo", "A1234BC",
                "bookingId", "1200345", "nomisVisitId", "987", "vsipId", "ab-cd-ef-gh", "prisonId", "MDI"), T0);

        assertThat(entry.domain()).isEqualTo("visit");
        assertThat(entry.outcome()).isEqualTo("success");
        assertThat(entry.prisoner()).isEqualTo("A1234BC");
        assertThat(entry.bookingId()).isEqualTo(1200345L);
        assertThat(entry.nomisId()).isEqualTo("987");
        assertThat(entry.dpsId()).isEqualTo("ab-cd-ef-gh");
        assertThat(entry.reason()).isNull();
        assertThat(entry.properties()).containsEntry("prisonId", "MDI").hasSize(5);
    }

    @Test
    void aPrisonerIsFoundUnderEachDomainsName_inOrder() {
        assertThat(TrailEntry.of("a-b", Map.of("nomsNumber", "A1111AA"), T0).prisoner()).isEqualTo("A1111AA");
        assertThat(TrailEntry.of("a-b", Map.of("prisonerNumber", "A2222AA"), T0).prisoner()).isEqualTo("A2222AA");
        assertThat(TrailEntry.of("a-b", Map.of("prisonNumber", "A3333AA", "offenderNo", "A4444AA"), T0).prisoner())
                .as("offenderNo first").isEqualTo("A4444AA");
        assertThat(TrailEntry.of("a-b", Map.of("offenderNo", " "), T0).prisoner()).isNull();
        assertThat(TrailEntry.of("offender-event", Map.of("offenderIdDisplay", "A5555AA"), T0).prisoner())
                .as("NOMIS's offender events (a movement's)").isEqualTo("A5555AA");
    }

    @Test
    void aStepTakesItsOutcomesIds_atItsOwnTime_withItsOwnFacts() {
        List<TrailEntry> steps = TrailEntry.steps("visit-create-success", Map.of("offenderNo", "A1234BC",
                        "bookingId", "12", "nomisId", "987", "dpsId", "ab-cd", "reason", "not a step's"),
                List.of(new SyncStep("received", T0, Map.of("eventType", "prison-visit.booked")),
                        new SyncStep("nomis-written", T0.plusMillis(5), Map.of())));

        assertThat(steps).extracting(TrailEntry::event).containsExactly("received", "nomis-written");
        assertThat(steps).extracting(TrailEntry::at).containsExactly(T0, T0.plusMillis(5));
        assertThat(steps).allSatisfy(step -> {
            assertThat(step.prisoner()).isEqualTo("A1234BC");
            assertThat(step.bookingId()).isEqualTo(12L);
            assertThat(step.nomisId()).isEqualTo("987");
            assertThat(step.dpsId()).isEqualTo("ab-cd");
            assertThat(step.domain()).isEqualTo("visit");
            assertThat(step.outcome()).isEqualTo(TrailEntry.STEP);
            assertThat(step.reason()).isNull();
            assertThat(step.stepOf()).isEqualTo("visit-create-success");
        });
        assertThat(steps.get(0).properties()).isEqualTo(Map.of("eventType", "prison-visit.booked",
                TrailEntry.STEP_OF, "visit-create-success"));
        assertThat(TrailEntry.of("visit-create-success", Map.of(), T0).stepOf()).isNull();
    }

    @Test
    void stepsOfAnOutcomeThatNamesNobodyAreNotKept_nothingCouldFindThem() {
        List<SyncStep> received = List.of(new SyncStep("received", T0, Map.of("messageId", "m-1")));

        assertThat(TrailEntry.steps("visits-migration-entities-processed", Map.of("migrationId", "2026-02-01",
                "migrated", "25"), received)).isEmpty();
        assertThat(TrailEntry.steps("unknown-event-ignored", Map.of("eventType", "x.y"), received)).isEmpty();
        assertThat(TrailEntry.steps("alert-create-success", Map.of("dpsAlertId", "u-1"), received)).hasSize(1);
    }

    @Test
    void aBookingIdIsKeptOnlyWhenItIsAsciiDigits() {
        assertThat(TrailEntry.of("a-b", Map.of("bookingId", "12x"), T0).bookingId()).isNull();
        assertThat(TrailEntry.of("a-b", Map.of("bookingId", "١٢٣"), T0).bookingId()).isNull();
        assertThat(TrailEntry.of("a-b", Map.of("bookingId", "-5"), T0).bookingId()).isNull();
        assertThat(TrailEntry.of("a-b", Map.of("bookingId", "9".repeat(19)), T0).bookingId()).isNull();
        assertThat(TrailEntry.of("a-b", Map.of("bookingId", "12x"), T0).properties()).containsEntry("bookingId", "12x");
        assertThat(TrailEntry.of("a-b", Map.of("offenderBookingId", "77"), T0).bookingId()).isEqualTo(77L);
    }

    @Test
    void theReasonIsTheFirstOfReasonOrError() {
        assertThat(TrailEntry.of("visit-create-failed", Map.of("error", "409 Conflict"), T0).reason())
                .isEqualTo("409 Conflict");
        assertThat(TrailEntry.of("visit-create-failed", Map.of("error", "e", "reason", "r"), T0).reason())
                .isEqualTo("r");
    }

    @Test
    void aNameWithoutDashesIsItsOwnDomain_andNullsAreDropped() {
        Map<String, String> properties = new HashMap<>();
        properties.put("offenderNo", null);
        properties.put(null, "x");
        properties.put("kept", "yes");

        TrailEntry entry = TrailEntry.of("heartbeat", properties, T0);

        assertThat(entry.domain()).isEqualTo("heartbeat");
        assertThat(entry.outcome()).isNull();
        assertThat(entry.properties()).containsExactly(Map.entry("kept", "yes"));
    }

    @Test
    void everyTextIsCutToItsWidth_neverSplittingACharacter() {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            many.put("key" + i, "v");
        }
        many.put("reason", "r".repeat(5000));
        String emoji = "a".repeat(TrailEntry.ID_WIDTH - 1) + "\uD83D\uDE00";

        TrailEntry entry = TrailEntry.of("e".repeat(500), Map.of("nomisId", emoji, "reason", "r".repeat(5000)), T0);
        TrailEntry crowded = TrailEntry.of("a-b", many, T0);

        assertThat(entry.event()).hasSize(TrailEntry.EVENT_WIDTH);
        assertThat(entry.reason()).hasSize(TrailEntry.REASON_WIDTH);
        assertThat(entry.nomisId()).isEqualTo("a".repeat(TrailEntry.ID_WIDTH - 1));
        assertThat(entry.properties().get("reason")).hasSize(TrailEntry.PROPERTY_WIDTH);
        assertThat(crowded.properties()).hasSize(TrailEntry.MAX_PROPERTIES);
    }
}
