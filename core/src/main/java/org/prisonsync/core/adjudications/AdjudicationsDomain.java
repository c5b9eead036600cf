package org.prisonsync.core.adjudications;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.locations.LocationMappings;
import org.prisonsync.core.locations.NomisLocations;
import org.prisonsync.core.prisoners.ActivePrisoners;

/**
 * Adjudications as a plug-in, to NOMIS only (as upstream): DPS reported adjudications, their damages, evidence,
 * hearings, outcomes and punishments, quashes and unquashes become NOMIS's (mapped by charge, hearing and punishment);
 * the punishment repair restores a charge after a shared hearing's deletion took its results and awards; the weekly
 * reconciliation compares each active prisoner's additional days awarded.
 */
public final class AdjudicationsDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("tonomisadjudications",
            "prison-sync-to-nomis-adjudications", Direction.TO_NOMIS);

    private final AdjudicationsNomisApi nomis;
    private final AdjudicationsDpsApi dps;
    private final ActivePrisoners activePrisoners;
    private final LocationMappings locationMappings;
    private PunishmentRepair repair;

    /** @param locationMappings the shared location mappings an incident's or hearing's DPS location goes through */
    public AdjudicationsDomain(AdjudicationsNomisApi nomis, AdjudicationsDpsApi dps,
                               ActivePrisoners activePrisoners, LocationMappings locationMappings) {
        this.nomis = nomis;
        this.dps = dps;
        this.activePrisoners = activePrisoners;
        this.locationMappings = locationMappings;
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(AdjudicationsSync.DOMAIN)
            .maps(AdjudicationsSync.ADJUDICATION, AdjudicationsSync.HEARING)
            .reconciles(AdjudicationsReconciliation.NAME);

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
    }

    @Override
    public String name() {
        return AdjudicationsSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(TO_NOMIS);
    }

    @Override
    public void install(DomainKit kit) {
        SharedPorts shared = kit.shared();
        ChargeWrites writes = new ChargeWrites(nomis, shared.mappings(),
                new NomisLocations(locationMappings, shared.telemetry(), "adjudication"));
        AdjudicationHandlers handlers = new AdjudicationHandlers(dps, nomis, writes, kit.createFlow(),
                kit.updateFlow(), kit.upsertFlow());
        AdjudicationsSync.register(kit, handlers, dps, nomis);
        repair = new PunishmentRepair(dps, nomis, writes, handlers, shared.claims(), shared.clock());
        kit.reconciliation(new AdjudicationsReconciliation(activePrisoners, nomis, dps));
    }

    /** Seed 000's punishment repair of one charge (dry run first). */
    public PunishmentRepair punishmentRepair() {
        if (repair == null) {
            throw new IllegalStateException("the adjudications domain is not installed in a core yet");
        }
        return repair;
    }
}
