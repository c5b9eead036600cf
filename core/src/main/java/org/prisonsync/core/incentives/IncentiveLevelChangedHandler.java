package org.prisonsync.core.incentives;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code incentives.level.changed} → upsert the global level in NOMIS from DPS's current state: an update when
 * NOMIS has the code ({@code global-incentive-level-updated}), else a create ({@code …-inserted}). Re-reading DPS makes
 * the write idempotent and order-proof: a redelivered or late event writes what DPS holds now.
 */
final class IncentiveLevelChangedHandler implements EventHandler {
    static final String UPDATED = "global-incentive-level-updated";
    static final String INSERTED = "global-incentive-level-inserted";

    private final IncentivesDpsApi dps;
    private final IncentivesNomisApi nomis;

    IncentiveLevelChangedHandler(IncentivesDpsApi dps, IncentivesNomisApi nomis) {
        this.dps = dps;
        this.nomis = nomis;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String code = IncentiveEvents.levelCode(event);
        Map<String, String> props = IncentiveEvents.properties("incentiveLevel", code);
        Optional<IncentiveLevel> level = dps.findLevel(code);
        if (level.isEmpty()) {
            return new SyncOutcome.RetryLater("global-incentive-level-failed", props,
                    "incentive level " + code + " not found in DPS");
        }
        NomisIncentiveLevel wanted = NomisIncentiveLevel.from(level.get());
        props.put("active", Boolean.toString(wanted.active()));
        if (nomis.findLevel(code).isPresent() && nomis.updateLevel(wanted)) {
            return new SyncOutcome.Synced(UPDATED, props);
        }
        nomis.createLevel(wanted);
        return new SyncOutcome.Synced(INSERTED, props);
    }
}
