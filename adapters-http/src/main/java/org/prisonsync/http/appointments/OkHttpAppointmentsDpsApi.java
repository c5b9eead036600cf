package org.prisonsync.http.appointments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.appointments.AppointmentInstance;
import org.prisonsync.core.appointments.AppointmentsDpsApi;
import org.prisonsync.core.appointments.DpsAppointmentAttendee;
import org.prisonsync.core.message.Ids;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/** {@link AppointmentsDpsApi} over the activities API's appointment endpoints. */
final class OkHttpAppointmentsDpsApi implements AppointmentsDpsApi {
    private final JsonHttp http;

    OkHttpAppointmentsDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<AppointmentInstance> findInstance(long appointmentInstanceId) {
        return http.find(InstanceDto.class, InstanceDto::toDomain, "appointment-instances",
                Long.toString(appointmentInstanceId));
    }

    @Override
    public List<String> appointmentPrisons() {
        return http.fetch(Map.of("prisonsLive", List.of("true")), RolloutDto[].class, all -> Arrays.stream(all)
                .filter(p -> Boolean.TRUE.equals(p.appointmentsRolledOut()) && p.prisonCode() != null)
                .map(RolloutDto::prisonCode).sorted().distinct().toList(), "rollout");
    }

    @Override
    public List<DpsAppointmentAttendee> search(String prisonCode, LocalDate startDate, LocalDate endDate) {
        HttpReply reply = http.post(new SearchDto(startDate, endDate), "appointments", prisonCode, "search");
        if (reply.status() != 200 && reply.status() != 202) {
            throw reply.rejected();
        }
        return http.read(reply, ResultDto[].class, all -> {
            List<DpsAppointmentAttendee> attendees = new ArrayList<>();
            for (ResultDto result : all) {
                result.attendeesInto(attendees);
            }
            attendees.sort(Comparator.comparingLong(DpsAppointmentAttendee::appointmentInstanceId));
            return attendees;
        });
    }

    /** {@code AppointmentInstance}. */
    private record InstanceDto(Long id, Long bookingId, String prisonCode, String prisonerNumber, String categoryCode,
                               String customName, Long internalLocationId, String dpsLocationId, Boolean inCell,
                               LocalDate appointmentDate, LocalTime startTime, LocalTime endTime,
                               String extraInformation) {
        AppointmentInstance toDomain() {
            if (id == null || bookingId == null || prisonerNumber == null || !Ids.isPrisonerNumber(prisonerNumber)) {
                throw new IllegalArgumentException("an appointment instance without its id, booking or a prisoner "
                        + "number like A1234BC");
            }
            if (dpsLocationId != null && !Ids.isTextId(dpsLocationId)) {
                throw new IllegalArgumentException("dpsLocationId is not a uuid: " + Ids.quote(dpsLocationId));
            }
            return new AppointmentInstance(id, bookingId, prisonCode, prisonerNumber, categoryCode, customName,
                    internalLocationId, dpsLocationId, Boolean.TRUE.equals(inCell), appointmentDate, startTime,
                    endTime, extraInformation);
        }
    }

    /** {@code RolloutPrisonPlan}. */
    private record RolloutDto(String prisonCode, Boolean appointmentsRolledOut, Boolean prisonLive) {
    }

    /** {@code AppointmentSearchRequest}: a start date range. */
    private record SearchDto(LocalDate startDate, LocalDate endDate) {
    }

    /** {@code AppointmentAttendeeSearchResult}. */
    private record AttendeeDto(Long appointmentAttendeeId, String prisonerNumber, Long bookingId) {
    }

    /** {@code AppointmentSearchResult}: what the reconciliation needs of it. */
    private record ResultDto(Long appointmentId, List<AttendeeDto> attendees, LocalDate startDate,
                             LocalTime startTime, Boolean isCancelled, Boolean isDeleted) {
        void attendeesInto(List<DpsAppointmentAttendee> into) {
            if (startDate == null || startTime == null) {
                throw new IllegalArgumentException("a search result without its start");
            }
            for (AttendeeDto a : attendees == null ? List.<AttendeeDto>of() : attendees) {
                if (a.appointmentAttendeeId() == null || a.bookingId() == null) {
                    throw new IllegalArgumentException("an attendee without its id or booking");
                }
                into.add(new DpsAppointmentAttendee(a.appointmentAttendeeId(), a.prisonerNumber(), a.bookingId(),
                        startDate, startTime, Boolean.TRUE.equals(isCancelled), Boolean.TRUE.equals(isDeleted)));
            }
        }
    }
}
