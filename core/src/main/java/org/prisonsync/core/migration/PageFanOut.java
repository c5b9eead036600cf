package org.prisonsync.core.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code MIGRATE_ENTITIES} → one {@code MIGRATE_BY_PAGE} per page of the estimate, then the first status check;
 * {@code MIGRATE_BY_PAGE} → the page's ids in {@code MIGRATE_ENTITY} messages of several ids each, sent in batches.
 * Neither emits anything once the run is being cancelled.
 */
final class PageFanOut {
    private final MigrationPorts ports;
    private final MigrationSettings settings;
    private final RunState runs;

    PageFanOut(MigrationPorts ports, MigrationSettings settings, RunState runs) {
        this.ports = ports;
        this.settings = settings;
        this.runs = runs;
    }

    <F> SyncOutcome entities(MigrationType<F> type, MigrationContext context) {
        if (runs.isCancelling(context.migrationId())) {
            return runs.stopped(type, context, "pages not queued");
        }
        int pageSize = type.pageSize();
        long pages = (context.estimatedCount() + pageSize - 1) / pageSize;
        List<InternalMessage> messages = new ArrayList<>();
        for (long page = 0; page < pages; page++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("filter", context.body());
            body.put("pageNumber", page);
            body.put("pageSize", pageSize);
            messages.add(context.withBody(body).message(MigrationMessages.MIGRATE_BY_PAGE));
        }
        String queueName = type.queue().queueName();
        ports.queue().sendAll(queueName, messages);
        ports.queue().send(queueName, CompletionCheck.statusCheck(context, 0), settings.completeCheckDelay());
        return new SyncOutcome.Synced(type.telemetryName() + "-migration-pages-queued",
                props(context, "pages", Long.toString(pages)));
    }

    <F> SyncOutcome page(MigrationType<F> type, MigrationContext context) {
        if (runs.isCancelling(context.migrationId())) {
            return runs.stopped(type, context, "page not read");
        }
        F filter = type.filterFrom(JsonFields.object(context.body(), "filter"));
        int pageNumber = (int) JsonFields.requireLong(context.body(), "pageNumber");
        int pageSize = (int) JsonFields.requireLong(context.body(), "pageSize");
        List<String> ids = type.pageOfIds(filter, pageNumber, pageSize);
        List<InternalMessage> messages = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += settings.entitiesPerMessage()) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + settings.entitiesPerMessage()));
            messages.add(EntityMigrator.entityMessage(context, chunk));
        }
        ports.queue().sendAll(type.queue().queueName(), messages);
        return new SyncOutcome.Synced(type.telemetryName() + "-migration-page-queued",
                props(context, "pageNumber", Integer.toString(pageNumber), "ids", Integer.toString(ids.size())));
    }

    static Map<String, String> props(MigrationContext context, String... keysAndValues) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("migrationId", context.migrationId());
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            props.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return props;
    }
}
