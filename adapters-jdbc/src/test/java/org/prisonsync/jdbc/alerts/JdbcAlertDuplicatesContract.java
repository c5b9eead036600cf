package org.prisonsync.jdbc.alerts;

import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.alerts.AlertDuplicates;
import org.prisonsync.core.contract.AlertDuplicatesContract;
import org.prisonsync.jdbc.ClassDatabase;

/**
 * {@link AlertDuplicatesContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcAlertDuplicatesContract extends AlertDuplicatesContract {
    @Override
    protected AlertDuplicates newStore() {
        return AlertsJdbc.alertDuplicates(ClassDatabase.of(this).emptied("alert_duplicate"));
    }
}
