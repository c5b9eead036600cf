package org.prisonsync.core.movements;

/** The late pairs housekeeping closes, each with the telemetry event it reports. */
public enum BatchMatchKind {
    /** A NOMIS REL after REL-HP and a patient.removed that arrived too close together to pair live. */
    HOSPITAL_RELEASE("batch-match"),
    /** A patient.removed with no NOMIS REL: the optional REL of a return from hospital did not happen. */
    RESTRICTED_PATIENT_ORPHAN("batch-match-orphan"),
    /** A NOMIS merge with no POST_MERGE_ADMISSION: the survivor was not OUT, so DPS had nothing to announce. */
    MERGE_WITHOUT_ADMISSION("batch-match"),
    /** The READMISSION_SWITCH_BOOKING (or other) receive of the prisoner a booking moved to. */
    BOOKING_MOVED_RECEIVE("batch-match"),
    /** The release of the prisoner a booking moved from. */
    BOOKING_MOVED_RELEASE("batch-match");

    private final String telemetryEvent;

    BatchMatchKind(String telemetryEvent) {
        this.telemetryEvent = telemetryEvent;
    }

    public String telemetryEvent() {
        return telemetryEvent;
    }
}
