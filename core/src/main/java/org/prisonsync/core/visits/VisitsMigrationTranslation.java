package org.prisonsync.core.visits;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** NOMIS visit → DPS {@code CreateVsipVisit}, as upstream's {@code VisitsMigrationService} and {@code VisitMapper}. */
public final class VisitsMigrationTranslation {
    /** Without a known cancellation outcome, the visit status decides (upstream's {@code VisitMapper}). */
    private static final Map<String, String> STATUS_OUTCOMES = Map.of(
            "HMPOP", "TERMINATED_BY_STAFF",
            "CANC", "CANCELLATION",
            "OFFEND", "PRISONER_COMPLETED_EARLY",
            "VDE", "VISITOR_DECLINED_ENTRY",
            "VISITOR", "VISITOR_COMPLETED_EARLY",
            "NORM", "COMPLETED_NORMALLY");
    private static final String HEI = "HEI";

    private VisitsMigrationTranslation() {
    }

    /**
     * A visit from today up to a year ahead is "future" and needs a room mapping; later ones are taken to be
     * erroneous and, like past ones, keep the NOMIS room with restriction {@code UNKNOWN}.
     */
    public static boolean isFuture(NomisVisit visit, LocalDate today) {
        LocalDate day = visit.startDateTime().toLocalDate();
        return !day.isBefore(today) && !day.isAfter(today.plusYears(1));
    }

    public static String dpsVisitType(String nomisType) {
        if ("SCON".equals(nomisType)) {
            return "SOCIAL";
        }
        if ("OFFI".equals(nomisType)) {
            return "OFFICIAL";
        }
        throw new IllegalArgumentException("visit type '" + nomisType + "' cannot be migrated");
    }

    /** The DPS outcome: the cancellation code if it is one, else by visit status; null for a scheduled visit. */
    public static String outcomeStatus(NomisVisit visit) {
        return Optional.ofNullable(visit.visitOutcome()).flatMap(VisitOutcomes::knownDpsCancellation)
                .orElseGet(() -> visit.visitStatus() == null ? null : STATUS_OUTCOMES.get(visit.visitStatus()));
    }

    /**
     * @param room the mapped room of a future visit, or empty for a past (or erroneous) one
     */
    public static VisitsMigrationRequest toDps(VisitsMigrationSource source, Optional<VisitRoomMapping> room,
                                               boolean future) {
        NomisVisit visit = source.visit();
        LocalDateTime start = visit.startDateTime();
        LocalDateTime end = visit.endDateTime() != null ? visit.endDateTime() : start.plusHours(1);
        if (future && HEI.equals(visit.prisonId())) {
            // Upstream's Hewell rule: future visits are snapped to the prison's two DPS sessions.
            boolean morning = start.toLocalTime().isBefore(LocalTime.NOON);
            start = start.toLocalDate().atTime(morning ? LocalTime.of(9, 0) : LocalTime.of(13, 45));
            end = start.plusHours(1);
        }
        String visitRoom = room.map(VisitRoomMapping::vsipId)
                .orElse(visit.room() == null ? "UNKNOWN" : visit.room());
        String restriction = room.map(r -> r.isOpen() ? "OPEN" : "CLOSED").orElse("UNKNOWN");
        List<VisitsMigrationRequest.Note> notes = new ArrayList<>();
        if (future && visit.commentText() != null) {
            notes.add(new VisitsMigrationRequest.Note("VISIT_COMMENT", visit.commentText()));
        }
        if (future && visit.visitorConcernText() != null) {
            notes.add(new VisitsMigrationRequest.Note("VISITOR_CONCERN", visit.visitorConcernText()));
        }
        VisitsMigrationRequest.Contact contact = source.leadVisitorName() == null ? null
                : new VisitsMigrationRequest.Contact(source.leadVisitorName(), source.leadVisitorTelephone());
        return new VisitsMigrationRequest(
                visit.modifyUserId() != null ? visit.modifyUserId() : visit.createUserId(),
                visit.offenderNo(), visit.prisonId(), start, end, dpsVisitType(visit.visitType()),
                visit.cancelled() ? "CANCELLED" : "BOOKED", outcomeStatus(visit), visitRoom,
                visit.visitorPersonIds(), visit.leadVisitorPersonId(), contact, notes, restriction,
                visit.whenCreated(), visit.whenUpdated());
    }
}
