package org.prisonsync.core.message;

/**
 * What a domain needs of {@code prisoner-offender-search.prisoner.received} to decide on a prisoner-level resync: the
 * prisoner and the receive reason ({@code NEW_ADMISSION}, {@code READMISSION_SWITCH_BOOKING} …), both checked at the
 * edge. (Movement reconciliation reads the event in full, times included: {@code movements.PrisonerReceivedEvent}.)
 */
public record PrisonerReceived(String prisonerNumber, String reason) {
    public static final String EVENT_TYPE = "prisoner-offender-search.prisoner.received";
    /** Receive reasons are short enum names; anything longer is not one. */
    static final int MAX_REASON = 40;

    public static PrisonerReceived from(DomainEvent event) {
        return new PrisonerReceived(event.requireInfoPrisoner("nomsNumber"),
                Ids.requireMaxLength(event.requireInfo("reason"), MAX_REASON, "additionalInformation.reason"));
    }
}
