package org.prisonsync.core.alerts;

import java.util.List;

/**
 * What a prisoner-level resync did: {@code before} is each prisoner's state as read (the plan of a dry run);
 * {@code changed} is false when all were in step already; {@code conflict} explains a refused mapping replacement
 * (null otherwise).
 */
public record ResyncResult(List<PrisonerAlerts> before, boolean changed, int dpsAlertsCreated, String conflict) {
    public ResyncResult {
        before = List.copyOf(before);
    }

    public boolean refused() {
        return conflict != null;
    }

    /** Per prisoner, the count of NOMIS current-booking alerts DPS now holds: {@code "A1234BC:3,B2345CD:0"}. */
    public String counts() {
        StringBuilder text = new StringBuilder();
        for (PrisonerAlerts p : before) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(p.prisonerNumber()).append(':').append(p.nomis().size());
        }
        return text.toString();
    }
}
