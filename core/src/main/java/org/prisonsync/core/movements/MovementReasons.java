package org.prisonsync.core.movements;

/** The reason codes the pairing rules test, upstream's markers included (they are stored in the reason columns). */
public final class MovementReasons {
    /** Offender reason of a NOMIS merge ({@code BOOKING_NUMBER-CHANGED} type MERGE). */
    public static final String MERGE_EVENT = "MERGE-EVENT";
    /** Reason of either half of a booking move. */
    public static final String BOOKING_MOVED_EVENT = "BOOKING-MOVED-EVENT";
    /** Offender reason given by housekeeping to a restricted-patient removal that has no NOMIS REL. */
    public static final String RP_EVENT = "RP-EVENT";

    public static final String NEW_ADMISSION = "NEW_ADMISSION";
    public static final String READMISSION = "READMISSION";
    public static final String READMISSION_SWITCH_BOOKING = "READMISSION_SWITCH_BOOKING";
    public static final String POST_MERGE_ADMISSION = "POST_MERGE_ADMISSION";
    public static final String RELEASED = "RELEASED";
    public static final String RELEASED_TO_HOSPITAL = "RELEASED_TO_HOSPITAL";
    public static final String REMOVED_FROM_HOSPITAL = "REMOVED_FROM_HOSPITAL";

    /** NOMIS movement reason of a release to hospital (REL-HP). */
    public static final String HOSPITAL = "HP";
    public static final String ADMISSION = "ADM";
    public static final String RELEASE = "REL";
    public static final String IN = "IN";
    public static final String OUT = "OUT";

    private MovementReasons() {
    }
}
