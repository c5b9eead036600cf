package org.prisonsync.core.visits;

import java.util.Objects;

/**
 * A NOMIS visit room (by its internal location description, e.g. {@code MDI-VISITS-OFF_VIS}) and the DPS room it
 * becomes; {@code isOpen} decides the migrated visit's restriction ({@code OPEN}/{@code CLOSED}).
 */
public record VisitRoomMapping(String prisonId, String nomisRoomDescription, String vsipId, boolean isOpen) {
    public VisitRoomMapping {
        requireText(prisonId, "prisonId", 10);
        requireText(nomisRoomDescription, "nomisRoomDescription", 240);
        requireText(vsipId, "vsipId", 240);
    }

    /** Lengths are the store's columns, so that an over-long value is refused here rather than by the database. */
    private static void requireText(String value, String name, int maxLength) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters, not "
                    + value.length());
        }
    }
}
