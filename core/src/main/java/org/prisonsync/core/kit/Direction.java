package org.prisonsync.core.kit;

/** Which way the messages of a queue carry changes; it names the queue's purpose in listings and documents. */
public enum Direction {
    /** DPS domain events to be written to NOMIS. */
    TO_NOMIS,
    /** NOMIS offender events to be written to DPS. */
    FROM_NOMIS,
    /** Bulk migration commands (NOMIS to DPS), the engine's own messages. */
    MIGRATION,
    /** Events from both systems paired or compared, writing neither. */
    RECONCILIATION
}
