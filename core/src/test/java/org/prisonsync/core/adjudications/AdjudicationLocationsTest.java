package org.prisonsync.core.adjudications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;

/**
 * Issue 15: an adjudication's incident and hearings named by DPS location uuid ({@code locationUuid}) are written at
 * the NOMIS location the shared location mappings give; an unmapped one waits, as appointments and activities do.
 */
class AdjudicationLocationsTest {
    private static final String PRISONER = "A1234BC";
    private static final String WING = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
    private static final String ADJ_ROOM = "9a8b7c6d-5e4f-4031-8291-a0b1c2d3e4f5";
    private static final LocalDateTime HEARD = LocalDateTime.of(2026, 3, 4, 10, 30);
    private final AdjudicationsWorld world = new AdjudicationsWorld();

    @Test
    void anIncidentAtAMappedDpsLocationIsCreatedAtItsNomisLocation() {
        world.locations.map(WING, 8801);
        world.reported("9101", PRISONER, 5001);
        world.dpsChange("9101", c -> c.withIncidentLocationUuid(WING));

        assertThat(world.handle(AdjudicationsWorld.event(AdjudicationsSync.REPORT_CREATED, "9101", PRISONER, null)))
                .isEqualTo(Disposition.ACK);

        long number = world.nomisCharge("9101").adjudicationNumber();
        assertThat(world.nomis.createdAs(number).orElseThrow().internalLocationId()).isEqualTo(8801L);
    }

    @Test
    void givenAnUnmappedIncidentLocation_thenTheReportWaitsNamingItAndIsCreatedOnceTheLocationIsMapped() {
        world.reported("9102", PRISONER, 5001);
        world.dpsChange("9102", c -> c.withIncidentLocationUuid(WING));

        Disposition first = world.handle(AdjudicationsWorld.event(AdjudicationsSync.REPORT_CREATED, "9102",
                PRISONER, null));

        assertThat(first).isInstanceOfSatisfying(Disposition.Retry.class, r -> assertThat(r.reason())
                .startsWith("not ready: DPS location " + WING + " of adjudication 9102"));
        assertThat(world.nomis.count()).isZero();
        assertThat(world.telemetry.named("adjudication-location-unmapped")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("dpsLocationId", WING)
                        .containsEntry("chargeNumber", "9102").containsEntry("offenderNo", PRISONER));

        world.locations.map(WING, 8801);
        assertThat(world.handle(AdjudicationsWorld.event(AdjudicationsSync.REPORT_CREATED, "9102", PRISONER, null)))
                .isEqualTo(Disposition.ACK);
        assertThat(world.nomis.count()).isEqualTo(1);
    }

    @Test
    void aHearingAtADpsLocationIsCreatedAndUpdatedAtItsNomisLocationAndWaitsWhileUnmapped() {
        world.locations.map(ADJ_ROOM, 8802);
        world.reported("9103", PRISONER, 5001);
        world.handle(AdjudicationsWorld.event(AdjudicationsSync.REPORT_CREATED, "9103", PRISONER, null));
        world.dpsChange("9103", c -> AdjudicationsWorld.with(c,
                List.of(AdjudicationsWorld.hearing(31, HEARD).withLocationUuid(ADJ_ROOM)), List.of(), List.of(),
                c.status()));

        assertThat(world.handle(AdjudicationsWorld.event(AdjudicationsSync.HEARING_CREATED, "9103", PRISONER, 31L)))
                .isEqualTo(Disposition.ACK);
        assertThat(world.nomisOf("9103").hearings()).singleElement()
                .satisfies(h -> assertThat(h.internalLocationId()).isEqualTo(8802L));

        String moved = "0c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5";
        world.dpsChange("9103", c -> AdjudicationsWorld.with(c,
                List.of(AdjudicationsWorld.hearing(31, HEARD).withLocationUuid(moved)), List.of(), List.of(),
                c.status()));
        Notification updated = AdjudicationsWorld.event(AdjudicationsSync.HEARING_UPDATED, "9103", PRISONER, 31L);
        assertThat(world.handle(updated)).isInstanceOf(Disposition.Retry.class);
        assertThat(world.telemetry.named("adjudication-location-unmapped")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("dpsHearingId", "31"));

        world.locations.map(moved, 8803);
        assertThat(world.handle(updated)).isEqualTo(Disposition.ACK);
        assertThat(world.nomisOf("9103").hearings()).singleElement()
                .satisfies(h -> assertThat(h.internalLocationId()).isEqualTo(8803L));
    }
}
