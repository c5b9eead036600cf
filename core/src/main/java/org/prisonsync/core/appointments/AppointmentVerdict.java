package org.prisonsync.core.appointments;

/** What the appointments reconciliation found for one item that differs (the mismatch's {@code verdict}). */
public enum AppointmentVerdict {
    /**
     * A NOMIS appointment without a DPS counterpart: unmapped (made in NOMIS, seed 000: likely soon after the
     * prison's migration) or mapped to an instance DPS no longer has. A person decides; exclude it meanwhile.
     */
    NOMIS_ONLY,
    /**
     * An unmapped NOMIS appointment with the booking, location, start and subtype of a mapped one: a copy written
     * when NOMIS's answer to a create was lost (seed 000). The repair deletes it.
     */
    NOMIS_DUPLICATE,
    /** A DPS instance whose NOMIS appointment is missing (unmapped, or its mapped one not in NOMIS's listing). */
    DPS_ONLY,
    /** Mapped, both present, but a field differs (prisoner, booking, subtype, date, times, location, prison). */
    DIFFERENT
}
