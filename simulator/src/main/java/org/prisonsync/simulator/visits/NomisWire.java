package org.prisonsync.simulator.visits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.prisonsync.core.visits.NomisVisit;

/**
 * Renders a {@link NomisVisit} as the NOMIS prisoner API's {@code VisitResponse}: codes become
 * {@code {code, description}} pairs, the visitors a list with the lead flagged, and the lead visitor gains the name
 * and telephone NOMIS would hold for that person (made up, but stable per person id).
 */
final class NomisWire {
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("SCON", "Social Contact"),
            Map.entry("OFFI", "Official Visit"),
            Map.entry("SCH", "Scheduled"),
            Map.entry("CANC", "Cancelled"),
            Map.entry("COMP", "Completed"),
            Map.entry("EXP", "Expired"),
            Map.entry("ADMIN", "Administrative Cancellation"),
            Map.entry("HMP", "Operational Reasons-All Visits Cancelled"),
            Map.entry("NO_ID", "No Identification - Refused Entry"),
            Map.entry("NO_VO", "No Visiting Order"),
            Map.entry("NSHOW", "Visitor Did Not Arrive"),
            Map.entry("OFFCANC", "Offender Cancelled"),
            Map.entry("REFUSED", "Offender Refused Visit"),
            Map.entry("VISCANC", "Visitor Cancelled"),
            Map.entry("VO_CANCEL", "Visit Order Cancelled"),
            Map.entry("NORM", "Normal Completion"));
    private static final List<String> NAMES = List.of("Mary Smith", "John Jones", "Aisha Khan", "Peter Taylor",
            "Olu Adeyemi", "Siân Evans", "Tomasz Nowak", "Grace Brown");

    private NomisWire() {
    }

    private static final Pattern NOT_CODE = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");

    static Map<String, Object> visitResponse(NomisVisit v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("visitId", v.visitId());
        body.put("offenderNo", v.offenderNo());
        body.put("startDateTime", v.startDateTime());
        body.put("endDateTime", v.endDateTime());
        body.put("prisonId", v.prisonId());
        body.put("visitors", v.visitorPersonIds().stream().map(id -> Map.of(
                "personId", id,
                "leadVisitor", id.equals(v.leadVisitorPersonId()))).toList());
        body.put("leadVisitor", v.leadVisitorPersonId() == null ? null : leadVisitor(v.leadVisitorPersonId()));
        body.put("visitType", codeDescription(v.visitType()));
        body.put("visitStatus", codeDescription(v.visitStatus()));
        body.put("visitOutcome", codeDescription(v.visitOutcome()));
        body.put("agencyInternalLocation", v.room() == null ? null : Map.of("code", roomCode(v.room()),
                "description", v.room()));
        body.put("commentText", v.commentText());
        body.put("visitorConcernText", v.visitorConcernText());
        body.put("createUserId", v.createUserId());
        body.put("modifyUserId", v.modifyUserId());
        body.put("whenCreated", v.whenCreated());
        body.put("whenUpdated", v.whenUpdated());
        return body;
    }

    private static Map<String, Object> codeDescription(String code) {
        return code == null ? null : Map.of("code", code, "description", DESCRIPTIONS.getOrDefault(code, code));
    }

    private static Map<String, Object> leadVisitor(long personId) {
        String name = NAMES.get((int) Math.floorMod(personId, (long) NAMES.size()));
        // 07700 900xxx is the UK range reserved for fiction.
        long last = Math.floorMod(personId, 1000L);
        String phone = "07700 900" + (last < 10 ? "00" : last < 100 ? "0" : "") + last;
        return Map.of("personId", personId, "fullName", name, "telephones", List.of(phone));
    }

    private static String roomCode(String room) {
        // NOMIS location codes are short upper-case keys; the description is what callers match rooms on.
        String code = NOT_CODE.matcher(room.toUpperCase(Locale.ROOT)).replaceAll("_");
        code = code.length() > 12 ? code.substring(0, 12) : code;
        return EDGE_UNDERSCORES.matcher(code).replaceAll("");
    }
}
