package org.prisonsync.http.alerts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.core.alerts.DpsResyncAlert;
import org.prisonsync.core.alerts.NomisAlertId;
import org.prisonsync.core.alerts.ResyncedAlert;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link AlertsDpsApi} over the DPS alerts API. Every write carries {@code Source: NOMIS}, which DPS copies into the
 * {@code person.alert.*} event so that prison-sync recognises the echo, and {@code Username} for DPS's audit.
 */
final class OkHttpAlertsDpsApi implements AlertsDpsApi {
    static final String SOURCE = "NOMIS";
    /** Large enough that one page holds any prisoner's alerts; further pages are read if not. */
    static final int PAGE_SIZE = 1000;

    private final JsonHttp http;

    OkHttpAlertsDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public Optional<DpsAlert> findAlert(String alertUuid) {
        return http.find(AlertDto.class, AlertDto::toDomain, "alerts", alertUuid);
    }

    @Override
    public DpsAlert createAlert(String prisonNumber, DpsAlertRequest request, String username) {
        HttpReply reply = http.call("POST", CreateAlertDto.of(request), headers(username),
                "prisoners", prisonNumber, "alerts");
        // a 409 is rejected: the prisoner already has an active alert with this code
        return http.readCreated(reply, AlertDto.class, AlertDto::toDomain);
    }

    @Override
    public boolean updateAlert(String alertUuid, DpsAlertRequest request, String username) {
        return http.call("PUT", UpdateAlertDto.of(request), headers(username), "alerts", alertUuid).written();
    }

    @Override
    public boolean deleteAlert(String alertUuid, String username) {
        return http.call("DELETE", null, headers(username), "alerts", alertUuid).written();
    }

    @Override
    public List<DpsAlert> alertsOf(String prisonNumber) {
        List<DpsAlert> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, List<String>> query = new LinkedHashMap<>(); // page then size, in a stable order
            query.put("page", List.of(Integer.toString(page)));
            query.put("size", List.of(Integer.toString(PAGE_SIZE)));
            PageDto read = http.fetch(query, PageDto.class, p -> p, "prisoners", prisonNumber, "alerts");
            List<AlertDto> content = read.content() == null ? List.of() : read.content();
            content.forEach(a -> all.add(a.toDomain()));
            boolean last = read.last() != null ? read.last() : content.size() < PAGE_SIZE;
            if (last || content.isEmpty()) {
                return all;
            }
        }
    }

    @Override
    public List<ResyncedAlert> resynchronise(String prisonNumber, List<DpsResyncAlert> alerts) {
        HttpReply reply = http.post(alerts.stream().map(ResyncAlertDto::of).toList(),
                "resync", prisonNumber, "alerts");
        return http.readCreated(reply, ResyncedDto[].class,
                resynced -> Arrays.stream(resynced).map(ResyncedDto::toDomain).toList());
    }

    private static Map<String, String> headers(String username) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Source", SOURCE);
        if (username != null && !username.isBlank()) {
            headers.put("Username", username);
        }
        return headers;
    }

    /** {@code CreateAlert}. */
    private record CreateAlertDto(String alertCode, String description, String authorisedBy, LocalDate activeFrom,
                                  LocalDate activeTo) {
        static CreateAlertDto of(DpsAlertRequest r) {
            return new CreateAlertDto(r.alertCode(), r.description(), r.authorisedBy(), r.activeFrom(), r.activeTo());
        }
    }

    /** {@code UpdateAlert}: the code cannot change. */
    private record UpdateAlertDto(String description, String authorisedBy, LocalDate activeFrom,
                                  LocalDate activeTo) {
        static UpdateAlertDto of(DpsAlertRequest r) {
            return new UpdateAlertDto(r.description(), r.authorisedBy(), r.activeFrom(), r.activeTo());
        }
    }

    /**
     * {@code ResyncAlert}: the NOMIS alert as DPS is to hold it, with its audit (display names are NOMIS's, or the
     * username where NOMIS has none, as {@link DpsResyncAlert} settles them).
     */
    private record ResyncAlertDto(long offenderBookId, long alertSeq, String alertCode, String description,
                                  String authorisedBy, LocalDate activeFrom, LocalDate activeTo,
                                  LocalDateTime createdAt, String createdBy, String createdByDisplayName,
                                  LocalDateTime lastModifiedAt, String lastModifiedBy,
                                  String lastModifiedByDisplayName, boolean isActive) {
        static ResyncAlertDto of(DpsResyncAlert r) {
            return new ResyncAlertDto(r.nomisId().bookingId(), r.nomisId().alertSequence(), r.alertCode(),
                    r.description(), r.authorisedBy(), r.activeFrom(), r.activeTo(), r.createdAt(), r.createdBy(),
                    r.createdByDisplayName(), r.lastModifiedAt(), r.lastModifiedBy(), r.lastModifiedByDisplayName(),
                    r.active());
        }
    }

    private record ResyncedDto(Long offenderBookId, Long alertSeq, String alertUuid) {
        ResyncedAlert toDomain() {
            if (offenderBookId == null || alertSeq == null) {
                throw new IllegalArgumentException("a resynced alert without offenderBookId or alertSeq");
            }
            return new ResyncedAlert(new NomisAlertId(offenderBookId, alertSeq), alertUuid);
        }
    }

    private record AlertCodeDto(String code) {
    }

    /** {@code Alert}; the display names and activeTo/inactive audit fields are ignored. */
    private record AlertDto(String alertUuid, String prisonNumber, AlertCodeDto alertCode, String description,
                            String authorisedBy, LocalDate activeFrom, LocalDate activeTo, Boolean isActive,
                            LocalDateTime createdAt, String createdBy, String lastModifiedBy) {
        DpsAlert toDomain() {
            return new DpsAlert(alertUuid, prisonNumber, alertCode == null ? null : alertCode.code(), description,
                    authorisedBy, activeFrom, activeTo, Boolean.TRUE.equals(isActive), createdAt, createdBy,
                    lastModifiedBy);
        }
    }

    /** Spring's {@code Page} of alerts. */
    private record PageDto(List<AlertDto> content, Boolean last, Long totalElements) {
    }
}
