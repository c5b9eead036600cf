package org.prisonsync.core.activities;

/**
 * Why a booking's difference needs no action, as seed 000/001's "known issues" say: kept in the run, labelled, not
 * raised ({@link org.prisonsync.core.reconciliation.Mismatch#EXPLAINED}).
 */
public enum DifferenceExplanation {
    /** The booking is no longer active: the prisoner was released ("not much to be done"). */
    RELEASED("the prisoner has been released"),
    /** The prisoner is now in another prison. */
    TRANSFERRED("the prisoner has been transferred to another prison"),
    /**
     * Admitted, allocated and paid on a new booking, then switched to an old one (a recall): NOMIS paid on the booking
     * no longer active, DPS counts the active one. The prisoner is paid, so it can be ignored.
     */
    SWITCHED_TO_OLD_BOOKING("the prisoner was switched to an old booking: NOMIS paid on the booking now inactive"),
    /**
     * NOMIS paid the attendance early, on the day, as a prisoner about to be released is ({@code OTDDSBAL}); DPS
     * changed it later and NOMIS refuses the change as already paid. Recognised when NOMIS refuses the
     * re-synchronisation so; goes away once prisoner finance is in DPS.
     */
    PAID_EARLY("NOMIS already paid the attendance early (OTDDSBAL) and refuses to change it");

    private final String sentence;

    DifferenceExplanation(String sentence) {
        this.sentence = sentence;
    }

    public String sentence() {
        return sentence;
    }
}
