package org.prisonsync.core.alerts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.sync.SyncOutcome;

/** Turns a resync result into the outcome of the prisoner-level event that caused it. */
final class PrisonerLevelOutcomes {
    private PrisonerLevelOutcomes() {
    }

    static SyncOutcome of(String event, Map<String, String> properties, ResyncResult result) {
        Map<String, String> props = new LinkedHashMap<>(properties);
        props.put("alertsCount", result.counts());
        if (result.refused()) {
            props.put("reason", result.conflict());
            return new SyncOutcome.RetryLater(event + "-failed", props, result.conflict());
        }
        if (!result.changed()) {
            return new SyncOutcome.Ignored(event + "-ignored", props, "DPS already holds NOMIS's alerts");
        }
        props.put("dpsAlertsCreated", Integer.toString(result.dpsAlertsCreated()));
        return new SyncOutcome.Synced(event, props);
    }
}
