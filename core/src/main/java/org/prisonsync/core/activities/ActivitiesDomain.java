package org.prisonsync.core.activities;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SyncDomain;

/**
 * Activities as a plug-in, to NOMIS: DPS activity schedules become NOMIS course activities (mapped, with their
 * scheduled instances mapped to course schedules), and allocations and attendances are upserted on them, one
 * writer per allocation or attendance at a time.
 */
public final class ActivitiesDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("tonomisactivities", "prison-sync-to-nomis-activities",
            Direction.TO_NOMIS);

    private final ActivitiesNomisApi nomis;
    private final ActivitiesDpsApi dps;

    public ActivitiesDomain(ActivitiesNomisApi nomis, ActivitiesDpsApi dps) {
        this.nomis = nomis;
        this.dps = dps;
    }

    @Override
    public String name() {
        return ActivitiesSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(TO_NOMIS);
    }

    @Override
    public void install(DomainKit kit) {
        new ActivitiesSync(dps, nomis).register(kit);
    }
}
