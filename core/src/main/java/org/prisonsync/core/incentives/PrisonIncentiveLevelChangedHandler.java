package org.prisonsync.core.incentives;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code incentives.prison-level.changed} → upsert the prison's level in NOMIS from DPS's current state: an update
 * when NOMIS has it ({@code prison-incentive-level-updated}), else a create ({@code …-inserted}).
 */
final class PrisonIncentiveLevelChangedHandler implements EventHandler {
    static final String UPDATED = "prison-incentive-level-updated";
    static final String INSERTED = "prison-incentive-level-inserted";

    private final IncentivesDpsApi dps;
    private final IncentivesNomisApi nomis;

    PrisonIncentiveLevelChangedHandler(IncentivesDpsApi dps, IncentivesNomisApi nomis) {
        this.dps = dps;
        this.nomis = nomis;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String prison = IncentiveEvents.prisonId(event);
        String code = IncentiveEvents.levelCode(event);
        Map<String, String> props = IncentiveEvents.properties("prisonId", prison, "incentiveLevel", code);
        Optional<PrisonIncentiveLevel> level = dps.findPrisonLevel(prison, code);
        if (level.isEmpty()) {
            return new SyncOutcome.RetryLater("prison-incentive-level-failed", props,
                    "incentive level " + code + " of prison " + prison + " not found in DPS");
        }
        NomisPrisonIncentiveLevel wanted = NomisPrisonIncentiveLevel.from(level.get());
        props.put("active", Boolean.toString(wanted.active()));
        if (nomis.findPrisonLevel(prison, code).isPresent() && nomis.updatePrisonLevel(wanted)) {
            return new SyncOutcome.Synced(UPDATED, props);
        }
        nomis.createPrisonLevel(wanted);
        return new SyncOutcome.Synced(INSERTED, props);
    }
}
