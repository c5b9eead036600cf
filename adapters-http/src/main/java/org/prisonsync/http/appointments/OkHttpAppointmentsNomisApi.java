package org.prisonsync.http.appointments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.appointments.AppointmentsNomisApi;
import org.prisonsync.core.appointments.NomisAppointment;
import org.prisonsync.core.appointments.NomisAppointmentRequest;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/** {@link AppointmentsNomisApi} over the NOMIS prisoner API's {@code /appointments} endpoints. */
final class OkHttpAppointmentsNomisApi implements AppointmentsNomisApi {
    private final JsonHttp http;

    OkHttpAppointmentsNomisApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public long create(NomisAppointmentRequest request) {
        HttpReply reply = http.post(CreateDto.of(request), "appointments");
        return http.readCreated(reply, CreatedDto.class, CreatedDto::toDomain);
    }

    @Override
    public boolean update(long eventId, NomisAppointmentRequest request) {
        return changed(http.put(UpdateDto.of(request), "appointments", Long.toString(eventId)));
    }

    @Override
    public boolean cancel(long eventId) {
        return changed(http.put(Map.of(), "appointments", Long.toString(eventId), "cancel"));
    }

    @Override
    public boolean uncancel(long eventId) {
        return changed(http.put(Map.of(), "appointments", Long.toString(eventId), "uncancel"));
    }

    @Override
    public boolean delete(long eventId) {
        return changed(http.delete("appointments", Long.toString(eventId)));
    }

    @Override
    public Optional<NomisAppointment> find(long eventId) {
        return http.find(AppointmentDto.class, AppointmentDto::toDomain, "appointments", Long.toString(eventId));
    }

    @Override
    public List<Long> eventIds(String prisonId, LocalDate fromDate, LocalDate toDate, int page, int size) {
        return http.fetch(Map.of("prisonIds", List.of(prisonId), "fromDate", List.of(fromDate.toString()),
                        "toDate", List.of(toDate.toString()), "page", List.of(Integer.toString(page)),
                        "size", List.of(Integer.toString(size))), IdPageDto.class, IdPageDto::toDomain,
                "appointments", "ids");
    }

    @Override
    public List<NomisAppointment> findAt(long bookingId, long locationId, LocalDateTime start) {
        return http.fetch(Map.of(), AppointmentDto[].class, all -> Arrays.stream(all)
                        .map(AppointmentDto::toDomain).toList(), "appointments", "booking", Long.toString(bookingId),
                "location", Long.toString(locationId), "start", start.toString());
    }

    private static boolean changed(HttpReply reply) {
        if (reply.status() == 404) {
            return false;
        }
        if (reply.status() < 200 || reply.status() > 299) {
            throw reply.rejected();
        }
        return true;
    }

    /** {@code CreateAppointmentRequest}. */
    private record CreateDto(long bookingId, LocalDate eventDate, LocalTime startTime, LocalTime endTime,
                             Long internalLocationId, String eventSubType, String comment) {
        static CreateDto of(NomisAppointmentRequest r) {
            return new CreateDto(r.bookingId(), r.eventDate(), r.startTime(), r.endTime(), r.internalLocationId(),
                    r.eventSubType(), r.comment());
        }
    }

    /** {@code UpdateAppointmentRequest}. */
    private record UpdateDto(LocalDate eventDate, LocalTime startTime, LocalTime endTime, Long internalLocationId,
                             String eventSubType, String comment) {
        static UpdateDto of(NomisAppointmentRequest r) {
            return new UpdateDto(r.eventDate(), r.startTime(), r.endTime(), r.internalLocationId(), r.eventSubType(),
                    r.comment());
        }
    }

    /** {@code CreateAppointmentResponse}. */
    private record CreatedDto(Long eventId) {
        long toDomain() {
            if (eventId == null || eventId < 1) {
                throw new IllegalArgumentException("no eventId");
            }
            return eventId;
        }
    }

    /** {@code AppointmentResponse}. */
    private record AppointmentDto(Long eventId, Long bookingId, String offenderNo, String prisonId,
                                  Long internalLocation, LocalDateTime startDateTime, LocalDateTime endDateTime,
                                  String comment, String subtype, String status) {
        NomisAppointment toDomain() {
            if (eventId == null || bookingId == null) {
                throw new IllegalArgumentException("an appointment without its event id or booking");
            }
            return new NomisAppointment(eventId, bookingId, offenderNo, prisonId, internalLocation, startDateTime,
                    endDateTime, comment, subtype, status);
        }
    }

    private record EventIdDto(Long eventId) {
    }

    /** {@code PageAppointmentIdResponse}: the page's event ids. */
    private record IdPageDto(List<EventIdDto> content) {
        List<Long> toDomain() {
            if (content == null) {
                throw new IllegalArgumentException("a page without content");
            }
            return content.stream().map(e -> {
                if (e.eventId() == null) {
                    throw new IllegalArgumentException("an id without eventId");
                }
                return e.eventId();
            }).toList();
        }
    }
}
