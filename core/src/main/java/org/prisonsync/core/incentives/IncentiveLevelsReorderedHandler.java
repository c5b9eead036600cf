package org.prisonsync.core.incentives;

import java.util.List;
import java.util.Map;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code incentives.levels.reordered} → NOMIS orders its IEP levels as DPS lists them now, inactive ones included
 * ({@code global-incentive-levels-reordered}). The event carries nothing to validate.
 */
final class IncentiveLevelsReorderedHandler implements EventHandler {
    static final String REORDERED = "global-incentive-levels-reordered";

    private final IncentivesDpsApi dps;
    private final IncentivesNomisApi nomis;

    IncentiveLevelsReorderedHandler(IncentivesDpsApi dps, IncentivesNomisApi nomis) {
        this.dps = dps;
        this.nomis = nomis;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        notification.asDomainEvent();
        List<String> codes = dps.levels().stream().map(IncentiveLevel::code).toList();
        nomis.reorderLevels(codes);
        return new SyncOutcome.Synced(REORDERED, Map.of("orderedIepCodes", String.join(",", codes)));
    }
}
