package org.prisonsync.core.alerts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The NOMIS {@code CreateAlertRequest} / {@code UpdateAlertRequest} body; an update ignores {@code alertCode}.
 * {@code username} is {@code createUsername} or {@code updateUsername}.
 */
public record NomisAlertRequest(String alertCode, LocalDate date, LocalDate expiryDate, boolean active,
                                String comment, String authorisedBy, String username) {
    public NomisAlertRequest {
        Objects.requireNonNull(alertCode, "alertCode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(username, "username");
    }
}
