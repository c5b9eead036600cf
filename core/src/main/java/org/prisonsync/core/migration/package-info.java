/**
 * The generic bulk migration engine (NOMIS → DPS, design §5): command messages on a per-type migration queue
 * ({@code MIGRATE_ENTITIES} → {@code MIGRATE_BY_PAGE} → {@code MIGRATE_ENTITY}, plus {@code MIGRATE_STATUS_CHECK},
 * {@code CANCEL_MIGRATION} and {@code RETRY_MIGRATION_MAPPING}), the history and failure ports, and the
 * {@link org.prisonsync.core.migration.Migrations} facade the service and the CLI call. A domain plugs in by
 * implementing {@link org.prisonsync.core.migration.MigrationType}; everything else (paging, batching, skipping what
 * is mapped, mapping retries, completion, cancel, telemetry) is done here once. Every message is checked before it
 * is acted on ({@link org.prisonsync.core.migration.CommandLimits}, its run in the history); pages are fanned out in
 * bounded slices with the cursor on the queue; each entity is written to DPS under a write claim on its NOMIS id.
 */
package org.prisonsync.core.migration;
