package org.prisonsync.core.migration;

import java.util.List;

/**
 * The entities each migration gave up on. Kept beside the DLQ rather than derived from it because the DLQ is per
 * type, not per run (it still holds earlier runs' messages), can be purged or retried by an operator, and on SQS can
 * only be read ten at a time while hiding what it reads; a row per entity answers "which visits failed in this run,
 * and why" exactly, at any time.
 *
 * <p>Contract: {@link #record} is an upsert per (migration id, entity id): the latest reason wins. {@link #list} is
 * ordered by entity id as text. Store failures throw {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface MigrationFailures {

    void record(MigrationFailure failure);

    List<MigrationFailure> list(String migrationId);
}
