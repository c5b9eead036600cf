package org.prisonsync.core.adjustments;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * A create whose mapping collided: one side now holds two adjustments for one. Reported as upstream does
 * ({@code …-duplicate} with the duplicate's and the existing pair's ids) and with the repair that removes it: seed 000
 * ("will result in the prisoner being released early/late") and seed 002 (two threads creating one DPS adjustment).
 */
final class AdjustmentDuplicates {
    private AdjustmentDuplicates() {
    }

    static SyncOutcome report(SyncOutcome.Duplicate duplicate) {
        Mapping extra = duplicate.duplicate();
        Mapping kept = duplicate.existing();
        Map<String, String> props = new LinkedHashMap<>(duplicate.properties());
        props.put("duplicateAdjustmentId", extra.dpsId());
        props.put("existingAdjustmentId", kept.dpsId());
        NomisAdjustmentId.parseKey(extra.nomisId()).ifPresent(id -> {
            props.put("duplicateNomisAdjustmentId", Long.toString(id.id()));
            props.put("duplicateNomisAdjustmentCategory", id.category().code());
        });
        NomisAdjustmentId.parseKey(kept.nomisId()).ifPresent(id -> {
            props.put("existingNomisAdjustmentId", Long.toString(id.id()));
            props.put("existingNomisAdjustmentCategory", id.category().code());
        });
        if (extra.dpsId().equals(kept.dpsId()) && !extra.nomisId().equals(kept.nomisId())) {
            NomisAdjustmentId.parseKey(extra.nomisId()).ifPresent(id -> props.put("action",
                    AdjustmentOperations.deleteNomisCommand(id)));
        } else if (extra.nomisId().equals(kept.nomisId()) && !extra.dpsId().equals(kept.dpsId())) {
            props.put("action", AdjustmentOperations.deleteDpsCommand(extra.dpsId()));
        }
        return new SyncOutcome.Duplicate(duplicate.event(), props, extra, kept);
    }
}
