package org.prisonsync.core.alerts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.prisonsync.core.message.OffenderEvent;

/**
 * A NOMIS alert ({@code AlertResponse}). {@code bookingSequence} 1 is the prisoner's current (latest) booking.
 * {@code auditModuleName} names the last writer: {@code DPS_SYNCHRONISATION…} when it was us; an
 * {@code auditAdditionalInfo} of {@value #COPY_BOOKING_DATA} marks NOMIS copying the alert onto a new booking.
 * From the audit too: {@code modifiedAt} ({@code modifyDatetime}, null until modified) and the display names of the
 * creator and last modifier (null when NOMIS has none), which a resync carries into DPS.
 */
public record NomisAlert(NomisAlertId id, int bookingSequence, String alertCode, LocalDate date,
                         LocalDate expiryDate, boolean active, String comment, String authorisedBy,
                         LocalDateTime createdAt, String createUsername, String modifyUsername,
                         String auditModuleName, String auditAdditionalInfo, LocalDateTime modifiedAt,
                         String createDisplayName, String modifyDisplayName) {

    public static final String COPY_BOOKING_DATA = "OMKCOPY.COPY_BOOKING_DATA";

    /** An alert whose audit has no modification time or display names. */
    public NomisAlert(NomisAlertId id, int bookingSequence, String alertCode, LocalDate date, LocalDate expiryDate,
                      boolean active, String comment, String authorisedBy, LocalDateTime createdAt,
                      String createUsername, String modifyUsername, String auditModuleName,
                      String auditAdditionalInfo) {
        this(id, bookingSequence, alertCode, date, expiryDate, active, comment, authorisedBy, createdAt,
                createUsername, modifyUsername, auditModuleName, auditAdditionalInfo, null, null, null);
    }

    public NomisAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alertCode, "alertCode");
        Objects.requireNonNull(date, "date");
    }

    /** Written by prison-sync: the echo of a DPS change. */
    public boolean writtenBySync() {
        return auditModuleName != null && auditModuleName.startsWith(OffenderEvent.DPS_SYNCHRONISATION);
    }

    /** NOMIS copied it from the previous booking (a prisoner-level change the resync covers). */
    public boolean copiedFromPreviousBooking() {
        return COPY_BOOKING_DATA.equals(auditAdditionalInfo);
    }

    public boolean onCurrentBooking() {
        return bookingSequence == 1;
    }

    public NomisAlert withBookingSequence(int sequence) {
        return new NomisAlert(id, sequence, alertCode, date, expiryDate, active, comment, authorisedBy, createdAt,
                createUsername, modifyUsername, auditModuleName, auditAdditionalInfo, modifiedAt, createDisplayName,
                modifyDisplayName);
    }

    /** Who last changed it, for the DPS {@code Username} header. */
    public String lastUser() {
        return modifyUsername != null ? modifyUsername : createUsername;
    }
}
