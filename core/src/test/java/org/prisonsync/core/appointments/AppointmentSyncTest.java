package org.prisonsync.core.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.queue.Disposition;

/** Each appointment event's handler on the in-memory ports: what reaches NOMIS, the mapping, the telemetry. */
class AppointmentSyncTest {
    private final AppointmentsWorld world = new AppointmentsWorld();

    private long created(AppointmentInstance instance) {
        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.CREATED, instance.id())))
                .isEqualTo(Disposition.ACK);
        return world.nomisIdOf(instance.id());
    }

    @Test
    void aDpsInstanceBecomesAMappedNomisAppointmentAtTheMappedLocation() {
        AppointmentInstance instance = world.instance(11, "A1234BC", 501, 3);

        long eventId = created(instance);

        NomisAppointment appointment = world.nomis.find(eventId).orElseThrow();
        assertThat(appointment.bookingId()).isEqualTo(501);
        assertThat(appointment.internalLocation()).isEqualTo(AppointmentsWorld.NOMIS_ROOM);
        assertThat(appointment.subtype()).isEqualTo("CHAP");
        assertThat(appointment.startDateTime()).isEqualTo(AppointmentsWorld.TODAY.plusDays(3).atTime(9, 30));
        assertThat(appointment.endDateTime()).isEqualTo(AppointmentsWorld.TODAY.plusDays(3).atTime(10, 15));
        assertThat(appointment.comment()).isEqualTo("Chaplaincy talk - bring a book");
        Mapping mapping = world.mappingOf(11).orElseThrow();
        assertThat(mapping.mappingType()).isEqualTo("APPOINTMENT_CREATED");
        assertThat(world.telemetry.named("appointment-create-success").get(0).properties())
                .containsEntry("appointmentInstanceId", "11").containsEntry("nomisId", Long.toString(eventId));
    }

    @Test
    void inCellHasNoLocationAndALegacyNomisLocationIsUsedAsItIs() {
        world.nomis.admit(502, "A1234BD", AppointmentsWorld.PRISON);
        world.dps.put(new AppointmentInstance(12, 502, "MDI", "A1234BD", "GYM", null, null, null, true,
                AppointmentsWorld.TODAY, LocalTime.NOON, null, null));
        world.dps.put(new AppointmentInstance(13, 502, "MDI", "A1234BD", "GYM", null, 77L, null, false,
                AppointmentsWorld.TODAY, LocalTime.NOON, null, null));

        assertThat(world.nomis.find(created(world.dps.findInstance(12).orElseThrow())).orElseThrow()
                .internalLocation()).isNull();
        assertThat(world.nomis.find(created(world.dps.findInstance(13).orElseThrow())).orElseThrow()
                .internalLocation()).isEqualTo(77L);
    }

    @Test
    void anUnmappedDpsLocationIsRetriedNotWrittenWithoutALocation() {
        world.nomis.admit(503, "A1234BE", AppointmentsWorld.PRISON);
        world.dps.put(new AppointmentInstance(14, 503, "MDI", "A1234BE", "GYM", null, null,
                "00000000-0000-4000-8000-000000000000", false, AppointmentsWorld.TODAY, LocalTime.NOON, null, null));

        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.CREATED, 14)))
                .isInstanceOfSatisfying(Disposition.Retry.class,
                        retry -> assertThat(retry.reason()).startsWith("not ready:"));
        assertThat(world.nomis.count()).isZero();
        // the shared rule's name and wording, so the DLQ triage calls it recoverable as for every other domain
        assertThat(world.telemetry.count("appointment-location-unmapped")).isEqualTo(1);
    }

    @Test
    void givenTheCreatedEventThreeTimes_thenOneNomisAppointment() {
        AppointmentInstance instance = world.instance(15, "A1234BC", 501, 1);
        for (int i = 0; i < 3; i++) {
            assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.CREATED, instance.id())))
                    .isEqualTo(Disposition.ACK);
        }
        assertThat(world.nomis.appointmentsOf(501)).hasSize(1);
        assertThat(world.telemetry.count("appointment-create-success")).isEqualTo(1);
    }

    @Test
    void givenTwoConsumersAtOnce_thenOneNomisAppointment() throws Exception {
        AppointmentInstance instance = world.instance(16, "A1234BC", 501, 1);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Disposition>> deliveries = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                deliveries.add(consumers.submit(() -> {
                    start.await();
                    return world.handle(AppointmentsWorld.event(AppointmentsSync.CREATED, instance.id()));
                }));
            }
            start.countDown();
            for (Future<Disposition> delivery : deliveries) {
                delivery.get(10, TimeUnit.SECONDS);
            }
        } finally {
            consumers.shutdownNow();
        }
        world.clock.advance(AppointmentsWorld.LEASE.plusSeconds(1));
        world.handle(AppointmentsWorld.event(AppointmentsSync.CREATED, instance.id()));
        assertThat(world.nomis.creates()).isEqualTo(1);
        assertThat(world.mappingOf(16)).isPresent();
    }

    @Test
    void aLostCreateAnswerIsAdoptedByNaturalKeyOnTheRetryNotWrittenAgain() {
        AppointmentInstance instance = world.instance(17, "A1234BC", 501, 2);
        world.nomis.loseNextCreateAnswers(1);

        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.CREATED, 17)))
                .isInstanceOf(Disposition.Retry.class);
        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.CREATED, 17), 2))
                .isEqualTo(Disposition.ACK);

        assertThat(world.nomis.appointmentsOf(501)).hasSize(1);
        assertThat(world.nomis.creates()).isEqualTo(1);
        assertThat(world.telemetry.named("appointment-create-success").get(0).properties())
                .containsEntry("foundExisting", "true");
    }

    @Test
    void anUpdateWritesDpsLatestStateOverTheMappedAppointment() {
        AppointmentInstance instance = world.instance(18, "A1234BC", 501, 2);
        long eventId = created(instance);
        world.dps.put(instance.withTimes(AppointmentsWorld.TODAY.plusDays(4), LocalTime.of(14, 0),
                LocalTime.of(15, 0)).withCategory("GYM"));

        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.UPDATED, 18))).isEqualTo(Disposition.ACK);

        NomisAppointment updated = world.nomis.find(eventId).orElseThrow();
        assertThat(updated.startDateTime()).isEqualTo(LocalDateTime.of(AppointmentsWorld.TODAY.plusDays(4),
                LocalTime.of(14, 0)));
        assertThat(updated.subtype()).isEqualTo("GYM");
        assertThat(world.telemetry.count("appointment-amend-success")).isEqualTo(1);
    }

    @Test
    void anUpdateWithNeitherMappingNorDpsInstanceIsIgnoredAndWithOnlyTheInstanceRetried() {
        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.UPDATED, 404))).isEqualTo(Disposition.ACK);
        assertThat(world.telemetry.count("appointment-amend-missing-ignored")).isEqualTo(1);

        world.instance(19, "A1234BC", 501, 2);
        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.UPDATED, 19)))
                .isInstanceOf(Disposition.Retry.class);
    }

    @Test
    void cancelAndUncancelChangeTheNomisStatusAndRedeliveriesChangeNothing() {
        long eventId = created(world.instance(20, "A1234BC", 501, 2));

        for (int i = 0; i < 2; i++) {
            assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.CANCELLED, 20)))
                    .isEqualTo(Disposition.ACK);
        }
        assertThat(world.nomis.find(eventId).orElseThrow().status()).isEqualTo("CANC");
        for (int i = 0; i < 2; i++) {
            assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.UNCANCELLED, 20)))
                    .isEqualTo(Disposition.ACK);
        }
        assertThat(world.nomis.find(eventId).orElseThrow().status()).isEqualTo("SCH");
        assertThat(world.nomis.appointmentsOf(501)).hasSize(1);
    }

    @Test
    void aCancelWithoutMappingIsRetriedWhileDpsHasTheInstanceAndIgnoredWhenNeitherHasIt() {
        world.instance(21, "A1234BC", 501, 2);
        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.CANCELLED, 21)))
                .isInstanceOf(Disposition.Retry.class);
        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.CANCELLED, 999)))
                .isEqualTo(Disposition.ACK);
        assertThat(world.telemetry.count("appointment-cancel-missing-ignored")).isEqualTo(1);
    }

    @Test
    void aCancelOfAnAppointmentNomisNoLongerHasIsTolerated() {
        long eventId = created(world.instance(22, "A1234BC", 501, 2));
        world.nomis.delete(eventId);

        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.CANCELLED, 22))).isEqualTo(Disposition.ACK);
        assertThat(world.telemetry.named("appointment-cancel-success").get(0).properties())
                .containsEntry("nomisMissing", "true");
    }

    @Test
    void aDeleteRemovesTheNomisAppointmentAndTheMappingAndItsRedeliveryIsIgnored() {
        long eventId = created(world.instance(23, "A1234BC", 501, 2));

        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.DELETED, 23))).isEqualTo(Disposition.ACK);
        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.DELETED, 23))).isEqualTo(Disposition.ACK);

        assertThat(world.nomis.find(eventId)).isEmpty();
        assertThat(world.mappingOf(23)).isEmpty();
        assertThat(world.telemetry.count("appointment-delete-success")).isEqualTo(1);
        assertThat(world.telemetry.count("appointment-delete-missing-mapping-ignored")).isEqualTo(1);
    }

    @Test
    void aDeleteOfAnAppointmentNomisNoLongerHasStillRemovesTheMapping() {
        long eventId = created(world.instance(24, "A1234BC", 501, 2));
        world.nomis.delete(eventId);

        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.DELETED, 24))).isEqualTo(Disposition.ACK);
        assertThat(world.mappingOf(24)).isEmpty();
        assertThat(world.telemetry.count("appointment-delete-missing-nomis-ignored")).isEqualTo(1);
    }

    @Test
    void badIdsAreDeadLetteredAtOnceNamingTheField() {
        for (Object bad : List.of("١٣", "-5", "0", "12a", "99999999999999999999")) {
            Disposition disposition = world.handle(AppointmentsWorld.event(AppointmentsSync.CREATED, bad));
            assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
            assertThat(((Disposition.DeadLetter) disposition).reason())
                    .contains("additionalInformation.appointmentInstanceId");
        }
        Disposition missing = world.handle(AppointmentsWorld.event(AppointmentsSync.DELETED,
                java.util.Map.of("id", 5)));
        assertThat(missing).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(world.nomis.count()).isZero();
    }
}
