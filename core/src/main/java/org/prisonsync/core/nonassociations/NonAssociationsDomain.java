package org.prisonsync.core.nonassociations;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;

/**
 * Non-associations as a plug-in, to NOMIS only (one-way, as upstream): DPS non-associations become NOMIS ones
 * (mapped to the pair and type sequence), merges and booking moves carry the mappings along and settle a pair both
 * merged prisoners had with one third party, the weekly reconciliation compares NOMIS's pairs with DPS's, and its
 * repairs resync one non-association or close one in NOMIS.
 */
public final class NonAssociationsDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("tonomisnonassociations",
            "prison-sync-to-nomis-non-associations", Direction.TO_NOMIS);
    /** Upstream's page size for this reconciliation. */
    public static final int DEFAULT_PAGE_SIZE = 40;

    private final NonAssociationsNomisApi nomis;
    private final NonAssociationsDpsApi dps;
    private final int reconciliationPageSize;
    private NonAssociationRepairs repairs;

    public NonAssociationsDomain(NonAssociationsNomisApi nomis, NonAssociationsDpsApi dps,
                                 int reconciliationPageSize) {
        if (reconciliationPageSize < 1) {
            throw new IllegalArgumentException("a page size is at least 1");
        }
        this.nomis = nomis;
        this.dps = dps;
        this.reconciliationPageSize = reconciliationPageSize;
    }

    public NonAssociationsDomain(NonAssociationsNomisApi nomis, NonAssociationsDpsApi dps) {
        this(nomis, dps, DEFAULT_PAGE_SIZE);
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(NonAssociationsSync.DOMAIN)
            .maps(NonAssociationsSync.ENTITY_TYPE).reconciles(NonAssociationsReconciliation.NAME);

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
    }

    @Override
    public String name() {
        return NonAssociationsSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(TO_NOMIS);
    }

    @Override
    public void install(DomainKit kit) {
        SharedPorts shared = kit.shared();
        NonAssociationsSync.register(kit, dps, nomis);
        PairSettlement settlement = new PairSettlement(dps, nomis, shared.mappings(), shared.clock());
        repairs = new NonAssociationRepairs(settlement, shared.claims(), shared.telemetry(), shared.clock());
        kit.reconciliation(new NonAssociationsReconciliation(nomis, dps, repairs, shared.clock(),
                reconciliationPageSize));
    }

    /** Resync one non-association from DPS, or close one in NOMIS (dry run first). */
    public NonAssociationRepairs repairs() {
        if (repairs == null) {
            throw new IllegalStateException("the non-associations domain is not installed in a core yet");
        }
        return repairs;
    }
}
