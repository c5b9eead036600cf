package org.prisonsync.jdbc.alerts;

import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.alerts.AlertDuplicates;
import org.prisonsync.core.contract.AlertDuplicatesContract;
import org.prisonsync.jdbc.ClassDatabase;
import org.prisonsync.jdbc.TestDatabase;

/**
 * {@link AlertDuplicatesContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}.
 */
@ExtendWith(ClassDatabase.class)
abstract class JdbcAlertDuplicatesContract extends AlertDuplicatesContract {
    @Override
    protected AlertDuplicates newStore() {
        TestDatabase db = ClassDatabase.of(this);
        // TestDatabase.clear() knows only the mapping tables
        db.database().jdbi().useHandle(handle -> handle.execute("delete from alert_duplicate"));
        return AlertsJdbc.alertDuplicates(db.database());
    }
}
