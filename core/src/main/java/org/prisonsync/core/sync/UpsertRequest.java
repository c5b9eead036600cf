package org.prisonsync.core.sync;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One write to a target that keeps a record per natural key but has no unique constraint on it (NOMIS's
 * {@code OFFENDER_PROGRAM_PROFILES} per course activity and booking, {@code OFFENDER_COURSE_ATTENDANCES} per course
 * schedule and booking): the target's own upsert is "find, else insert", so two at once would insert twice.
 *
 * @param entityType    the claim's entity type, e.g. {@code ACTIVITY_ALLOCATION}
 * @param naturalKey    the key the target upserts by, e.g. {@code "<courseActivityId>:<bookingId>"}
 * @param awaitingClaim the telemetry event when another consumer is writing the same key
 * @param write         reads the source and writes the target; its outcome is the upsert's
 */
public record UpsertRequest(String entityType, String naturalKey, String awaitingClaim,
                            Map<String, String> telemetry, Supplier<SyncOutcome> write) {
    public UpsertRequest {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(naturalKey, "naturalKey");
        Objects.requireNonNull(awaitingClaim, "awaitingClaim");
        telemetry = Map.copyOf(Objects.requireNonNullElse(telemetry, Map.of()));
        Objects.requireNonNull(write, "write");
    }
}
