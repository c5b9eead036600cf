package org.prisonsync.jdbc.internal;

import org.jdbi.v3.core.Handle;

/**
 * For a transaction whose loss in a database crash costs nothing but time: on PostgreSQL its commit returns without
 * waiting for the WAL flush ({@code synchronous_commit} off for this transaction only). Its changes are visible to
 * every other transaction at once, exactly as with a flushed commit; what a crash can lose is only the last few
 * hundred milliseconds of such commits. On this project's machines a flushed commit costs 5–15 ms, and a consumer
 * waits for it on every event.
 *
 * <p>Used where the row is a courtesy, never a record: releasing a write claim (a claim left behind expires with
 * its lease, and the mapping saved before the release is what stops a second create) and the event trail (a
 * diagnostic log that already drops entries under pressure). Never for claims taken, mappings or runs.
 */
public final class CommitWithoutFlush {
    private CommitWithoutFlush() {
    }

    /** Call first inside the transaction; does nothing on H2, which has no such setting. */
    public static void apply(Handle transaction, boolean postgres) {
        if (postgres) {
            transaction.execute("set local synchronous_commit to off");
        }
    }
}
