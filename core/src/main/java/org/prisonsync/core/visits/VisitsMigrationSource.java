package org.prisonsync.core.visits;

import java.util.Objects;

/**
 * A NOMIS visit as a migration reads it: the visit, plus the lead visitor's name and latest telephone number
 * (DPS's {@code visitContact}), which only the migration needs. Either may be null.
 */
public record VisitsMigrationSource(NomisVisit visit, String leadVisitorName, String leadVisitorTelephone) {
    public VisitsMigrationSource {
        Objects.requireNonNull(visit, "visit");
    }
}
