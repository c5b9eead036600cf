package org.prisonsync.core.visits;

import java.util.Objects;

/**
 * A NOMIS visit room (by its internal location description, e.g. {@code MDI-VISITS-OFF_VIS}) and the DPS room it
 * becomes; {@code isOpen} decides the migrated visit's restriction ({@code OPEN}/{@code CLOSED}).
 */
public record VisitRoomMapping(String prisonId, String nomisRoomDescription, String vsipId, boolean isOpen) {
    public VisitRoomMapping {
        requireText(prisonId, "prisonId");
        requireText(nomisRoomDescription, "nomisRoomDescription");
        requireText(vsipId, "vsipId");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
