package org.prisonsync.core.visits;

import java.util.Map;

/** The outcome code translations between the DPS visit scheduler and NOMIS, both ways, as upstream maps them. */
public final class VisitOutcomes {
    private static final Map<String, String> DPS_TO_NOMIS = Map.of(
            "ADMINISTRATIVE_CANCELLATION", "ADMIN",
            "ESTABLISHMENT_CANCELLED", "HMP",
            "VISITOR_FAILED_SECURITY_CHECKS", "NO_ID",
            "NO_VISITING_ORDER", "NO_VO",
            "VISITOR_DID_NOT_ARRIVE", "NSHOW",
            "PRISONER_CANCELLED", "OFFCANC",
            "PRISONER_REFUSED_TO_ATTEND", "REFUSED",
            "VISITOR_CANCELLED", "VISCANC",
            "VISIT_ORDER_CANCELLED", "VO_CANCEL");

    private static final Map<String, String> NOMIS_TO_DPS = Map.ofEntries(
            Map.entry("ADMIN", "ADMINISTRATIVE_CANCELLATION"),
            Map.entry("HMP", "ESTABLISHMENT_CANCELLED"),
            Map.entry("NO_ID", "VISITOR_FAILED_SECURITY_CHECKS"),
            Map.entry("NO_VO", "NO_VISITING_ORDER"),
            Map.entry("NSHOW", "VISITOR_DID_NOT_ARRIVE"),
            Map.entry("OFFCANC", "PRISONER_CANCELLED"),
            Map.entry("REFUSED", "PRISONER_REFUSED_TO_ATTEND"),
            Map.entry("VISCANC", "VISITOR_CANCELLED"),
            Map.entry("VO_CANCEL", "VISIT_ORDER_CANCELLED"),
            Map.entry("BATCH_CANC", "BATCH_CANCELLATION"),
            Map.entry("ADMIN_CANCEL", "ADMINISTRATIVE_CANCELLATION"));

    private VisitOutcomes() {
    }

    /** The NOMIS cancellation code for a DPS outcome; {@code ADMIN} when DPS gives none or one NOMIS lacks. */
    public static String nomisCancellation(String dpsOutcome) {
        return dpsOutcome == null ? "ADMIN" : DPS_TO_NOMIS.getOrDefault(dpsOutcome, "ADMIN");
    }

    /** The DPS outcome for a NOMIS cancellation code, when it is one we know. */
    public static java.util.Optional<String> knownDpsCancellation(String nomisOutcome) {
        return java.util.Optional.ofNullable(nomisOutcome == null ? null : NOMIS_TO_DPS.get(nomisOutcome));
    }

    /** The DPS outcome for a NOMIS cancellation code; {@code CANCELLATION} when NOMIS gives none we know. */
    public static String dpsCancellation(String nomisOutcome) {
        return nomisOutcome == null ? "CANCELLATION" : NOMIS_TO_DPS.getOrDefault(nomisOutcome, "CANCELLATION");
    }
}
