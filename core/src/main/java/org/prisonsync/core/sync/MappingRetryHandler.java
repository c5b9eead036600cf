package org.prisonsync.core.sync;

import java.util.Map;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.message.InternalMessage;

/**
 * Finishes a create whose mapping save failed: saves the mapping only (the target was written already), then
 * releases the write claim. A failure here is retried by the queue's ladder and ends on the DLQ as
 * {@code RETRY_CREATE_MAPPING-sent-to-dlq}.
 */
public final class MappingRetryHandler implements InternalHandler {
    private final MappingStore mappings;
    private final WriteClaims claims;

    public MappingRetryHandler(MappingStore mappings, WriteClaims claims) {
        this.mappings = mappings;
        this.claims = claims;
    }

    @Override
    public SyncOutcome handle(InternalMessage message, MessageContext context) {
        Mapping mapping = MappingRetry.mappingOf(message);
        String entityName = MappingRetry.entityNameOf(message);
        Map<String, String> props = MappingRetry.telemetryOf(message);
        props.put("retryMessageId", context.messageId());
        try {
            SyncOutcome outcome = MappingRetry.outcomeOf(mappings.save(mapping), entityName,
                    entityName + "-create-mapping-retry-success", props);
            claims.complete(new ClaimKey(mapping.entityType(), mapping.dpsId()));
            return outcome;
        } catch (RuntimeException e) {
            props.put("reason", String.valueOf(e.getMessage()));
            return new SyncOutcome.RetryLater("create-mapping-retry-failure", props,
                    "mapping save failed again: " + e.getMessage());
        }
    }
}
