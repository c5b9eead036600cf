package org.prisonsync.jdbc;

import static org.prisonsync.jdbc.OnDatabase.Kind.H2;

@OnDatabase(H2)
class H2ReconciliationRunsContractIT extends JdbcReconciliationRunsContract {
}
