package org.prisonsync.core.finance;

/** The finance domain's names: its events (upstream's {@code eventfinance}) and mapping type. */
public final class FinanceSync {
    public static final String DOMAIN = "finance";
    /** Mappings of NOMIS transaction id ⇄ DPS synchronised transaction id. */
    public static final String ENTITY_TYPE = "TRANSACTION";
    public static final String MAPPING_TYPE = "NOMIS_CREATED";
    public static final String OFFENDER_TRANSACTIONS_INSERTED = "OFFENDER_TRANSACTIONS-INSERTED";
    public static final String OFFENDER_TRANSACTIONS_UPDATED = "OFFENDER_TRANSACTIONS-UPDATED";
    public static final String GL_TRANSACTIONS_INSERTED = "GL_TRANSACTIONS-INSERTED";
    public static final String GL_TRANSACTIONS_UPDATED = "GL_TRANSACTIONS-UPDATED";

    private FinanceSync() {
    }
}
