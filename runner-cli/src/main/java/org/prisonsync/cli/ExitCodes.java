package org.prisonsync.cli;

import org.prisonsync.core.repair.RepairReport;

/** Exit codes scripts can trust. */
public final class ExitCodes {
    /** Done, planned (dry run) or nothing to do. */
    public static final int OK = 0;
    /** An unexpected error. */
    public static final int ERROR = 1;
    /** Bad command line (picocli's usage error). */
    public static final int USAGE = 2;
    /** The operation was refused as unsafe (e.g. cancelling the mapped visit). */
    public static final int REFUSED = 3;
    /** The entity or queue named does not exist. */
    public static final int NOT_FOUND = 4;
    /** A system it needs (queue, database, NOMIS, DPS) could not be reached: try again. */
    public static final int UNAVAILABLE = 5;

    private ExitCodes() {
    }

    public static int of(RepairReport report) {
        return switch (report.status()) {
            case DONE, PLANNED, NOTHING_TO_DO -> OK;
            case REFUSED -> REFUSED;
            case NOT_FOUND -> NOT_FOUND;
        };
    }
}
