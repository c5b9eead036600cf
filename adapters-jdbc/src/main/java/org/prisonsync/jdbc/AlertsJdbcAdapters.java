package org.prisonsync.jdbc;

import java.time.Clock;
import org.prisonsync.core.alerts.AlertDuplicates;
import org.prisonsync.core.alerts.PrisonerMappings;

/** The public way to the alerts' JDBC stores without Dagger; the implementations stay package-private. */
public final class AlertsJdbcAdapters {
    private AlertsJdbcAdapters() {
    }

    /** Works on the {@code mapping} table that {@link JdbcAdapters#mappingStore} uses; {@code clock} stamps rows. */
    public static PrisonerMappings prisonerMappings(Database database, Clock clock) {
        return new JdbiPrisonerMappings(database.jdbi(), clock, database.isPostgres());
    }

    /** Needs no clock: a duplicate carries its own {@code reportedAt}. */
    public static AlertDuplicates alertDuplicates(Database database) {
        return new JdbiAlertDuplicates(database.jdbi());
    }
}
