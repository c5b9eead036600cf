package org.prisonsync.core.visits;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * DPS visit → NOMIS visit request, as upstream writes it. {@code issueDate} is the day the visit was booked: the
 * booked event's {@code occurredAt} in Europe/London ({@link #issueDate}), not the day it was processed.
 */
public final class VisitTranslation {
    /** NOMIS keeps a visit's comment in 240 characters. */
    static final int MAX_COMMENT = 240;
    static final String SUPPORT = ". Visitor support: ";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private VisitTranslation() {
    }

    public static NomisVisitRequest toNomis(DpsVisit visit, LocalDate issueDate) {
        return new NomisVisitRequest(visit.startTimestamp(), visit.endTimestamp().toLocalTime().format(HH_MM),
                visit.prisonId(), visit.visitorPersonIds(), nomisVisitType(visit.visitType()), issueDate,
                visitComment(visit), bookingComment(visit.reference()), visit.visitRoom(),
                "CLOSED".equals(visit.visitRestriction()) ? "CLOSED" : "OPEN");
    }

    /** The comment NOMIS keeps for a DPS booking; it also lets an operator find the visit in NOMIS by reference. */
    public static String bookingComment(String reference) {
        return "DPS booking reference: " + reference;
    }

    /**
     * The NOMIS visit comment: the booking reference, then the support the visitors asked for, so prison staff see it
     * in NOMIS too; cut to NOMIS's 240 characters (the reference always survives).
     */
    public static String visitComment(DpsVisit visit) {
        String comment = bookingComment(visit.reference());
        String support = visit.visitorSupport();
        if (support == null || support.isBlank()) {
            return comment;
        }
        String full = comment + SUPPORT + support.strip();
        return full.length() <= MAX_COMMENT ? full : full.substring(0, MAX_COMMENT - 1) + "…";
    }

    /** The visit order's issue date: the day, in Europe/London, the booking happened ({@code occurredAt}). */
    public static LocalDate issueDate(OffsetDateTime occurredAt) {
        return occurredAt.atZoneSameInstant(LONDON).toLocalDate();
    }

    /** Social and family visits are social ({@code SCON}) in NOMIS; official ones {@code OFFI}. */
    public static String nomisVisitType(String dpsType) {
        return "OFFICIAL".equals(dpsType) ? "OFFI" : "SCON";
    }
}
