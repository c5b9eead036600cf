package org.prisonsync.jdbc.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.contract.WriteClaimsContract;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.jdbc.JdbcAdapters;
import org.prisonsync.jdbc.TestDatabase;

class H2WriteClaimsContractIT extends WriteClaimsContract {
    private static TestDatabase db;

    @BeforeAll
    static void openDatabase() {
        db = TestDatabase.h2(H2WriteClaimsContractIT.class);
    }

    @AfterAll
    static void removeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected WriteClaims newClaims() {
        db.clear();
        return JdbcAdapters.writeClaims(db.database());
    }
}
