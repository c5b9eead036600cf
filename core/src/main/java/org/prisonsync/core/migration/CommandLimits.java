package org.prisonsync.core.migration;

/**
 * The bounds a migration message must keep to be acted on. Anything outside them cannot have come from this engine,
 * so it is dead-lettered at once with the reason rather than retried or, worse, obeyed: one forged
 * {@code MIGRATE_ENTITIES} with an estimate of 10^12 once filled the heap building page messages.
 */
public final class CommandLimits {
    /** The largest estimate a run may have: a trillion entities, far beyond any NOMIS table. */
    public static final long MAX_ESTIMATED_COUNT = 1_000_000_000_000L;
    /** The most ids one {@code MIGRATE_ENTITY} may carry ({@link MigrationSettings#entitiesPerMessage()} is below). */
    public static final int MAX_IDS_PER_MESSAGE = 100;
    /** The largest page a {@code MIGRATE_BY_PAGE} may ask NOMIS for (upstream's pages are 1,000). */
    public static final int MAX_PAGE_SIZE = 10_000;
    /**
     * The most {@code MIGRATE_BY_PAGE} messages one {@code MIGRATE_ENTITIES} sends before handing the rest to a
     * continuation of itself (the cursor is on the queue, not in memory): whatever the estimate, one handling
     * builds at most this many messages, and a restart carries on from the last slice sent.
     */
    public static final int PAGES_PER_SLICE = 100;
    /** Upstream's migration id: the start time to the second, e.g. {@code 2020-03-24T12:00:00}. */
    static final String MIGRATION_ID_PATTERN = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}";
    /** A migration type's name as the history stores it (upstream's column is 35 characters). */
    static final int MAX_TYPE_LENGTH = 35;

    private static final int EXCERPT = 40;

    private CommandLimits() {
    }

    /** Enough of a refused value to recognise it in the DLQ reason, never a whole 200 KB body. */
    static String excerpt(String value) {
        return value.length() <= EXCERPT ? value : value.substring(0, EXCERPT) + "…";
    }
}
