package org.prisonsync.service.web;

/**
 * The body of {@code POST /migrate/visits/rooms/mappings/{prisonId}}, read strictly by {@link JsonBodies}: both
 * names are required strings, {@code isOpen} a boolean (absent: closed, the restrictive default).
 */
record RoomMappingRequest(String nomisRoomDescription, String vsipId, Boolean isOpen) {
    RoomMappingRequest {
        required(nomisRoomDescription, "nomisRoomDescription");
        required(vsipId, "vsipId");
        isOpen = Boolean.TRUE.equals(isOpen);
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is required (a non-blank string)");
        }
    }
}
