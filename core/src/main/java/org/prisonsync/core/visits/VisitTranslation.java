package org.prisonsync.core.visits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** DPS visit → NOMIS visit request, as upstream writes it. */
public final class VisitTranslation {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private VisitTranslation() {
    }

    public static NomisVisitRequest toNomis(DpsVisit visit, LocalDate issueDate) {
        String comment = bookingComment(visit.reference());
        return new NomisVisitRequest(visit.startTimestamp(), visit.endTimestamp().toLocalTime().format(HH_MM),
                visit.prisonId(), visit.visitorPersonIds(), nomisVisitType(visit.visitType()), issueDate, comment,
                comment, visit.visitRoom(), "CLOSED".equals(visit.visitRestriction()) ? "CLOSED" : "OPEN");
    }

    /** The comment NOMIS keeps for a DPS booking; it also lets an operator find the visit in NOMIS by reference. */
    public static String bookingComment(String reference) {
        return "DPS booking reference: " + reference;
    }

    /** Social and family visits are social ({@code SCON}) in NOMIS; official ones {@code OFFI}. */
    public static String nomisVisitType(String dpsType) {
        return "OFFICIAL".equals(dpsType) ? "OFFI" : "SCON";
    }
}
