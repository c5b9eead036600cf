package org.prisonsync.http.alerts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.core.alerts.NomisAlert;
import org.prisonsync.core.alerts.NomisAlertCreated;
import org.prisonsync.core.alerts.NomisAlertId;
import org.prisonsync.core.alerts.NomisAlertRequest;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/** {@link AlertsNomisApi} over the NOMIS prisoner API's alert endpoints. */
final class OkHttpAlertsNomisApi implements AlertsNomisApi {
    private final JsonHttp http;

    OkHttpAlertsNomisApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public NomisAlertCreated createAlert(String offenderNo, NomisAlertRequest request) {
        HttpReply reply = http.post(CreateAlertDto.of(request), "prisoners", offenderNo, "alerts");
        switch (reply.status()) {
            case 200:
            case 201:
                return new NomisAlertCreated(http.read(reply, CreatedDto.class, CreatedDto::toDomain), false);
            case 409:
                // DuplicateAlertErrorResponse: moreInfo is the id of the alert with that code already active
                return new NomisAlertCreated(http.read(reply, DuplicateDto.class, DuplicateDto::toDomain), true);
            default:
                throw reply.rejected(); // 404 included: an unknown prisoner, or one without bookings
        }
    }

    @Override
    public boolean updateAlert(NomisAlertId id, NomisAlertRequest request) {
        return http.put(UpdateAlertDto.of(request), path(id)).written();
    }

    @Override
    public boolean deleteAlert(NomisAlertId id) {
        // NOMIS answers 204 whether or not the alert was there, so ask first: the port reports "there was none".
        if (findAlert(id).isEmpty()) {
            return false;
        }
        return http.delete(path(id)).written();
    }

    @Override
    public Optional<NomisAlert> findAlert(NomisAlertId id) {
        return http.find(AlertDto.class, AlertDto::toDomain, path(id));
    }

    @Override
    public List<NomisAlert> currentBookingAlerts(String offenderNo) {
        // 404 "Prisoner does not exist or has no bookings": the port's contract is an empty list
        return http.find(PrisonerAlertsDto.class, PrisonerAlertsDto::toDomain,
                "prisoners", offenderNo, "alerts", "to-migrate").orElse(List.of());
    }

    @Override
    public List<NomisAlertId> resynchronise(String offenderNo, List<NomisAlertRequest> alerts) {
        HttpReply reply = http.post(alerts.stream().map(CreateAlertDto::of).toList(),
                "prisoners", offenderNo, "alerts", "resynchronise");
        List<NomisAlertId> ids = http.readCreated(reply, CreatedDto[].class,
                created -> Arrays.stream(created).map(CreatedDto::toDomain).toList());
        if (ids.size() != alerts.size()) {
            // the ids are matched to the request by position; a short answer cannot be matched
            throw new UpstreamUnavailable("POST " + reply.path() + " answered " + ids.size() + " ids for "
                    + alerts.size() + " alerts");
        }
        return ids;
    }

    private static String[] path(NomisAlertId id) {
        return new String[] {"prisoners", "booking-id", Long.toString(id.bookingId()), "alerts",
                Long.toString(id.alertSequence())};
    }

    /** {@code CreateAlertRequest}. */
    private record CreateAlertDto(String alertCode, LocalDate date, LocalDate expiryDate, boolean isActive,
                                  String comment, String authorisedBy, String createUsername) {
        static CreateAlertDto of(NomisAlertRequest r) {
            return new CreateAlertDto(r.alertCode(), r.date(), r.expiryDate(), r.active(), r.comment(),
                    r.authorisedBy(), r.username());
        }
    }

    /** {@code UpdateAlertRequest}: the code cannot change. */
    private record UpdateAlertDto(LocalDate date, LocalDate expiryDate, boolean isActive, String comment,
                                  String authorisedBy, String updateUsername) {
        static UpdateAlertDto of(NomisAlertRequest r) {
            return new UpdateAlertDto(r.date(), r.expiryDate(), r.active(), r.comment(), r.authorisedBy(),
                    r.username());
        }
    }

    /** {@code CreateAlertResponse}; the code and type descriptions are ignored. */
    private record CreatedDto(Long bookingId, Long alertSequence) {
        NomisAlertId toDomain() {
            if (bookingId == null || alertSequence == null) {
                throw new IllegalArgumentException("no bookingId or alertSequence");
            }
            return new NomisAlertId(bookingId, alertSequence);
        }
    }

    /** {@code AlertId} as NOMIS names it in the 409's {@code moreInfo}. */
    private record AlertIdDto(Long bookingId, Long sequence) {
    }

    private record DuplicateDto(String developerMessage, AlertIdDto moreInfo) {
        NomisAlertId toDomain() {
            if (moreInfo == null || moreInfo.bookingId() == null || moreInfo.sequence() == null) {
                throw new IllegalArgumentException("a 409 without the existing alert's id");
            }
            return new NomisAlertId(moreInfo.bookingId(), moreInfo.sequence());
        }
    }

    private record CodeDto(String code, String description) {
    }

    private record AuditDto(LocalDateTime createDatetime, String createUsername, String createDisplayName,
                            LocalDateTime modifyDatetime, String modifyUserId, String modifyDisplayName,
                            String auditModuleName, String auditAdditionalInfo) {
    }

    /** {@code AlertResponse}. */
    private record AlertDto(Long bookingId, Integer bookingSequence, Long alertSequence, CodeDto alertCode,
                            LocalDate date, LocalDate expiryDate, Boolean isActive, String comment,
                            String authorisedBy, AuditDto audit) {
        NomisAlert toDomain() {
            if (bookingId == null || alertSequence == null || alertCode == null || bookingSequence == null) {
                throw new IllegalArgumentException("an alert without its ids, booking sequence or code");
            }
            AuditDto a = audit == null ? new AuditDto(null, null, null, null, null, null, null, null) : audit;
            return new NomisAlert(new NomisAlertId(bookingId, alertSequence), bookingSequence, alertCode.code(), date,
                    expiryDate, Boolean.TRUE.equals(isActive), comment, authorisedBy, a.createDatetime(),
                    a.createUsername(), a.modifyUserId(), a.auditModuleName(), a.auditAdditionalInfo(),
                    a.modifyDatetime(), a.createDisplayName(), a.modifyDisplayName());
        }
    }

    /** {@code PrisonerAlertsResponse}: only the latest booking's alerts are read. */
    private record PrisonerAlertsDto(List<AlertDto> latestBookingAlerts) {
        List<NomisAlert> toDomain() {
            return latestBookingAlerts == null ? List.of()
                    : latestBookingAlerts.stream().map(AlertDto::toDomain).toList();
        }
    }
}
