package org.prisonsync.core.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;

/**
 * The update flow of design §3: no mapping yet → retry later (the create may still be on its way, then the DLQ);
 * otherwise read the source and write the target (steps {@code dps-read}, {@code nomis-written}).
 */
public final class UpdateFlow {
    private final MappingStore mappings;

    public UpdateFlow(MappingStore mappings) {
        this.mappings = mappings;
    }

    public <S> SyncOutcome run(UpdateRequest<S> request, MessageContext context) {
        String prefix = request.entityName() + "-" + request.verb();
        Map<String, String> props = new LinkedHashMap<>(request.telemetry());
        props.put("dpsId", request.dpsId());
        if (request.prisonerNumber() != null) {
            props.put("offenderNo", request.prisonerNumber());
        }
        Optional<Mapping> mapping = mappings.findByDpsId(request.entityType(), request.dpsId());
        if (mapping.isEmpty()) {
            return new SyncOutcome.RetryLater(prefix + "-awaiting-parent", props,
                    "no mapping yet for " + request.entityType() + " " + request.dpsId());
        }
        props.put("nomisId", mapping.get().nomisId());
        try {
            Optional<S> source = request.source().read();
            context.step(Steps.DPS_READ, "found", source.isEmpty() ? "false" : null);
            if (source.isEmpty()) {
                return new SyncOutcome.RetryLater(prefix + "-failed", props,
                        request.entityType() + " " + request.dpsId() + " not found in DPS");
            }
            request.target().write(source.get(), mapping.get());
            context.step(Steps.NOMIS_WRITTEN);
            return new SyncOutcome.Synced(prefix + "-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(prefix + "-failed", props, e);
        }
    }
}
