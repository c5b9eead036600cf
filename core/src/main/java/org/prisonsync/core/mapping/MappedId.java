package org.prisonsync.core.mapping;

import java.util.Objects;
import java.util.Optional;

/** One side's id of an entity: what a create looks up to tell whether the entity is mapped already. */
public record MappedId(String entityType, Side side, String id) {

    /** Which system's id {@link #id} is. */
    public enum Side { NOMIS, DPS }

    public MappedId {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(id, "id");
    }

    public static MappedId dps(String entityType, String dpsId) {
        return new MappedId(entityType, Side.DPS, dpsId);
    }

    public static MappedId nomis(String entityType, String nomisId) {
        return new MappedId(entityType, Side.NOMIS, nomisId);
    }

    public Optional<Mapping> findIn(MappingStore store) {
        return side == Side.DPS ? store.findByDpsId(entityType, id) : store.findByNomisId(entityType, id);
    }
}
