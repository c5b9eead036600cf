package org.prisonsync.core.sync;

import java.util.Objects;

/**
 * The telemetry events of one kind of create, by what happened: upstream names them per entity and direction
 * ({@code visit-create-success}, {@code alert-synchronisation-created-success}), so a domain gives the names and the
 * flow stays one. {@code retryEntity} names the create in its {@code RETRY_CREATE_MAPPING} message.
 */
public record CreateNames(String alreadyMapped, String awaitingClaim, String failed, String mappingFailed,
                          String success, String duplicate, String retryEntity) {
    public CreateNames {
        Objects.requireNonNull(alreadyMapped, "alreadyMapped");
        Objects.requireNonNull(awaitingClaim, "awaitingClaim");
        Objects.requireNonNull(failed, "failed");
        Objects.requireNonNull(mappingFailed, "mappingFailed");
        Objects.requireNonNull(success, "success");
        Objects.requireNonNull(duplicate, "duplicate");
        Objects.requireNonNull(retryEntity, "retryEntity");
    }

    /** Upstream's names for a create to NOMIS: {@code <entity>-create-success}, {@code to-nomis-synch-<entity>-duplicate} … */
    public static CreateNames toNomis(String entity) {
        return new CreateNames(entity + "-create-duplicate", entity + "-create-awaiting-claim", entity + "-create-failed",
                entity + "-mapping-create-failed", entity + "-create-success", "to-nomis-synch-" + entity + "-duplicate",
                entity);
    }
}
