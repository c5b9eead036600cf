package org.prisonsync.simulator.visits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.visits.DpsVisit;

/** Renders a {@link DpsVisit} as the visit scheduler's {@code VisitDto} (the fields prison-sync reads). */
final class DpsWire {
    private DpsWire() {
    }

    static Map<String, Object> visit(DpsVisit v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", v.reference());
        body.put("prisonerId", v.prisonerId());
        body.put("prisonId", v.prisonId());
        body.put("visitRoom", v.visitRoom());
        body.put("visitType", v.visitType());
        body.put("visitStatus", v.visitStatus());
        body.put("outcomeStatus", v.outcomeStatus());
        body.put("visitRestriction", v.visitRestriction());
        body.put("startTimestamp", v.startTimestamp());
        body.put("endTimestamp", v.endTimestamp());
        body.put("visitNotes", v.visitComment() == null ? List.of()
                : List.of(Map.of("type", "VISIT_COMMENT", "text", v.visitComment())));
        body.put("visitors", v.visitorPersonIds().stream().map(id -> Map.of("nomisPersonId", id)).toList());
        if (v.visitorSupport() != null) {
            body.put("visitorSupport", Map.of("description", v.visitorSupport()));
        }
        return body;
    }
}
