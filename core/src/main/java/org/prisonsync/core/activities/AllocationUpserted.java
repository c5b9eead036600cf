package org.prisonsync.core.activities;

/** NOMIS's {@code UpsertAllocationResponse}: the program profile's id, whether it was created now, its prison. */
public record AllocationUpserted(long offenderProgramReferenceId, boolean created, String prisonId) {
    public AllocationUpserted {
        Activities.requirePositive(offenderProgramReferenceId, "offenderProgramReferenceId");
    }
}
