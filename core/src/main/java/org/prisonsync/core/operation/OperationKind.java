package org.prisonsync.core.operation;

/** What an operation does to the systems it touches; a repair always takes a dry run. */
public enum OperationKind {
    /** Reads only. */
    QUERY,
    /** Changes NOMIS, DPS or the mappings to fix what sync left wrong; gets a {@code dryRun} parameter. */
    REPAIR,
    /** Starts or changes work of prison-sync itself (a reconciliation run, a migration). */
    COMMAND
}
