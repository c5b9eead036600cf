package org.prisonsync.core.alerts;

import java.time.LocalDate;
import java.util.Objects;

/** The DPS {@code CreateAlert} / {@code UpdateAlert} body; an update ignores {@code alertCode}. */
public record DpsAlertRequest(String alertCode, String description, String authorisedBy, LocalDate activeFrom,
                              LocalDate activeTo) {
    public DpsAlertRequest {
        Objects.requireNonNull(alertCode, "alertCode");
        Objects.requireNonNull(activeFrom, "activeFrom");
    }
}
