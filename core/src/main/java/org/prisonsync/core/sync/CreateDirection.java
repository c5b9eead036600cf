package org.prisonsync.core.sync;

/** Which way a create goes: it decides which side of the mapping the source id is, and the claim's key. */
public enum CreateDirection {
    /** A DPS record written to NOMIS: the source id is the DPS id. */
    TO_NOMIS,
    /** A NOMIS record written to DPS: the source id is the NOMIS id. */
    FROM_NOMIS
}
