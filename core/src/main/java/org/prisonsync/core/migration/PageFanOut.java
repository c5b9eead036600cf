package org.prisonsync.core.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code MIGRATE_ENTITIES} → the run's pages as {@code MIGRATE_BY_PAGE} messages, in slices of at most
 * {@link CommandLimits#PAGES_PER_SLICE}: each slice ends with a {@code MIGRATE_ENTITIES} continuation carrying the
 * next page number (the cursor lives on the queue, so memory stays bounded whatever the estimate and a restart
 * resumes from the last slice sent); the first slice also starts the status checks.
 * {@code MIGRATE_BY_PAGE} → the page's ids in {@code MIGRATE_ENTITY} messages of several ids each, sent in batches.
 * Neither emits anything once the run is being cancelled.
 */
final class PageFanOut {
    private final MigrationPorts ports;
    private final MigrationSettings settings;

    PageFanOut(MigrationPorts ports, MigrationSettings settings) {
        this.ports = ports;
        this.settings = settings;
    }

    /**
     * The first {@code MIGRATE_ENTITIES} has the filter as its body (upstream's shape); a continuation has
     * {@code {"filter": …, "pageNumber": n}}.
     */
    <F> SyncOutcome entities(MigrationType<F> type, MigrationContext context, MigrationRun run) {
        if (RunCheck.isCancelling(run)) {
            return RunCheck.stopped(type, context, run, "pages not queued");
        }
        if (run.status() != MigrationStatus.STARTED) {
            return RunCheck.rejected(type, context, "migration " + run.migrationId() + " is " + run.status()
                    + ": its pages were queued already");
        }
        int pageSize = type.pageSize();
        long pages = (context.estimatedCount() + pageSize - 1) / pageSize;
        if (pages > Integer.MAX_VALUE) {
            return RunCheck.rejected(type, context, "an estimate of " + context.estimatedCount() + " needs " + pages
                    + " pages of " + pageSize + ", more than NOMIS can be asked for");
        }
        boolean continuation = context.body().containsKey("pageNumber");
        Map<String, Object> filterJson = continuation ? JsonFields.object(context.body(), "filter") : context.body();
        // the filter is checked once here rather than on every page
        type.filterFrom(filterJson);
        long from = continuation ? JsonFields.requireLong(context.body(), "pageNumber") : 0;
        if (continuation && (from < 1 || from >= pages)) {
            return RunCheck.rejected(type, context, "continuation from page " + from + " is outside the run's "
                    + pages + " pages");
        }
        long to = Math.min(pages, from + CommandLimits.PAGES_PER_SLICE);
        List<InternalMessage> messages = new ArrayList<>();
        for (long page = from; page < to; page++) {
            messages.add(pageMessage(context, filterJson, page, pageSize));
        }
        if (to < pages) {
            messages.add(continuation(context, filterJson, to));
        }
        String queueName = type.queue().queueName();
        ports.queue().sendAll(queueName, messages);
        if (from == 0) {
            ports.queue().send(queueName, CompletionCheck.statusCheck(context, 0), settings.completeCheckDelay());
        }
        return new SyncOutcome.Synced(type.telemetryName() + "-migration-pages-queued", props(context,
                "pages", Long.toString(pages), "fromPage", Long.toString(from), "toPage", Long.toString(to)));
    }

    <F> SyncOutcome page(MigrationType<F> type, MigrationContext context, MigrationRun run) {
        if (RunCheck.isCancelling(run)) {
            return RunCheck.stopped(type, context, run, "page not read");
        }
        long pageNumber = JsonFields.requireLong(context.body(), "pageNumber");
        long pageSize = JsonFields.requireLong(context.body(), "pageSize");
        if (pageSize < 1 || pageSize > CommandLimits.MAX_PAGE_SIZE) {
            return RunCheck.rejected(type, context, "pageSize " + pageSize + " is outside 1.."
                    + CommandLimits.MAX_PAGE_SIZE);
        }
        long pages = (context.estimatedCount() + pageSize - 1) / pageSize;
        if (pageNumber < 0 || pageNumber >= pages) {
            return RunCheck.rejected(type, context, "pageNumber " + pageNumber + " is outside the run's " + pages
                    + " pages of " + pageSize);
        }
        F filter = type.filterFrom(JsonFields.object(context.body(), "filter"));
        List<String> ids = type.pageOfIds(filter, (int) pageNumber, (int) pageSize);
        List<InternalMessage> messages = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += settings.entitiesPerMessage()) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + settings.entitiesPerMessage()));
            messages.add(EntityMigrator.entityMessage(context, chunk));
        }
        ports.queue().sendAll(type.queue().queueName(), messages);
        return new SyncOutcome.Synced(type.telemetryName() + "-migration-page-queued",
                props(context, "pageNumber", Long.toString(pageNumber), "ids", Integer.toString(ids.size())));
    }

    private static InternalMessage pageMessage(MigrationContext context, Map<String, Object> filter, long page,
                                               int pageSize) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filter", filter);
        body.put("pageNumber", page);
        body.put("pageSize", pageSize);
        return context.withBody(body).message(MigrationMessages.MIGRATE_BY_PAGE);
    }

    private static InternalMessage continuation(MigrationContext context, Map<String, Object> filter, long next) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filter", filter);
        body.put("pageNumber", next);
        return context.withBody(body).message(MigrationMessages.MIGRATE_ENTITIES);
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
