package org.prisonsync.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.migration.CancelOutcome;
import org.prisonsync.core.migration.HistoryQuery;
import org.prisonsync.core.migration.MigrationType;
import org.prisonsync.core.migration.Migrations;
import org.prisonsync.core.migration.RefreshOutcome;
import org.prisonsync.core.migration.StartResult;
import org.prisonsync.core.migration.UnknownMigrationTypeException;

/**
 * Upstream's {@code /migrate} endpoints for every installed migration type (start at {@code /migrate/<type>}, cancel,
 * refresh, history, the active run, the migration DLQs), plus ours: a preview before starting and the failed
 * entities of a run with their reasons. A type's own operations (the visit rooms, a duplicate's removal) are
 * operation descriptors its domain contributes. Every answer comes from the same core operations the CLI's
 * {@code migrate} command calls.
 */
public final class MigrationRoutes implements Routes {
    private static final int DLQ_PAGE = 100;
    private final Migrations migrations;
    private final ObjectMapper json;
    private final JsonBodies bodies;

    public MigrationRoutes(Migrations migrations, ObjectMapper json) {
        this.migrations = migrations;
        this.json = json;
        this.bodies = new JsonBodies(json);
    }

    @Override
    public void register(RoutesConfig routes) {
        for (MigrationType<?> type : migrations.types().all()) {
            String path = "/migrate/" + type.descriptor().word();
            routes.post(path, ctx -> start(ctx, type.name()));
            routes.post(path + "/preview", ctx -> ctx.json(migrations.preview(type.name(), bodies.object(ctx))));
        }
        routes.post("/migrate/cancel/{migrationId}", this::cancel);
        routes.post("/migrate/refresh/{migrationId}", this::refresh);
        routes.get("/migrate/history/all/{migrationType}", this::history);
        routes.get("/migrate/history/active/{migrationType}", this::active);
        routes.get("/migrate/history/{migrationId}", ctx -> ctx.json(MigrationHistoryView.of(
                migrations.run(ctx.pathParam("migrationId")).orElseThrow(() -> notFound(ctx)))));
        routes.get("/migrate/failures/{migrationId}", ctx -> {
            migrations.run(ctx.pathParam("migrationId")).orElseThrow(() -> notFound(ctx));
            ctx.json(migrations.failures(ctx.pathParam("migrationId")));
        });
        routes.get("/migrate/dead-letter-queue/{migrationType}", ctx -> ctx.json(DlqView.of(
                migrations.readDlq(ctx.pathParam("migrationType"), DLQ_PAGE), json)));
        routes.get("/migrate/dead-letter-queue/{migrationType}/count", ctx ->
                ctx.json(migrations.dlqCount(ctx.pathParam("migrationType"))));
        routes.delete("/migrate/dead-letter-queue/{migrationType}", ctx ->
                ctx.json(Map.of("messagesFoundCount", migrations.purgeDlq(ctx.pathParam("migrationType")))));
        routes.exception(UnknownMigrationTypeException.class, (e, ctx) ->
                ctx.status(404).json(ErrorResponse.of(404, e.getMessage())));
        routes.exception(NotFound.class, (e, ctx) -> ctx.status(404).json(ErrorResponse.of(404, e.getMessage())));
        routes.exception(InvalidMessageException.class, (e, ctx) ->
                ctx.status(400).json(ErrorResponse.of(400, e.getMessage())));
    }

    private void start(Context ctx, String type) {
        StartResult result = migrations.start(type, bodies.object(ctx));
        if (result instanceof StartResult.Started started) {
            ctx.status(202).json(started.context());
        } else if (result instanceof StartResult.AlreadyInProgress busy) {
            ctx.status(409).json(ErrorResponse.of(409, busy.message()));
        }
    }

    private void cancel(Context ctx) {
        CancelOutcome outcome = migrations.cancel(ctx.pathParam("migrationId"));
        if (outcome instanceof CancelOutcome.Requested) {
            ctx.status(202);
        } else if (outcome instanceof CancelOutcome.NotFound) {
            throw notFound(ctx);
        } else if (outcome instanceof CancelOutcome.NotActive notActive) {
            ctx.status(409).json(ErrorResponse.of(409, "Migration " + notActive.run().migrationId() + " is "
                    + notActive.run().status() + ", not running"));
        }
    }

    private void refresh(Context ctx) {
        RefreshOutcome outcome = migrations.refresh(ctx.pathParam("migrationId"));
        if (outcome instanceof RefreshOutcome.Refreshed) {
            ctx.status(204);
        } else if (outcome instanceof RefreshOutcome.NotFound) {
            throw notFound(ctx);
        } else if (outcome instanceof RefreshOutcome.NotCompleted notCompleted) {
            ctx.status(400).json(ErrorResponse.of(400, "Migration " + notCompleted.run().migrationId() + " is "
                    + notCompleted.run().status() + ": only a completed migration can be refreshed"));
        }
    }

    private void history(Context ctx) {
        String type = migrations.types().require(ctx.pathParam("migrationType")).name();
        QueryParams.only(ctx, "fromDateTime", "toDateTime", "includeOnlyFailures", "prisonId");
        HistoryQuery query = new HistoryQuery(type, MigrationParams.instant(ctx, "fromDateTime"),
                MigrationParams.instant(ctx, "toDateTime"), QueryParams.flag(ctx, "includeOnlyFailures", false),
                ctx.queryParam("prisonId"));
        ctx.json(migrations.history(query).stream().map(MigrationHistoryView::of).toList());
    }

    /** Upstream answers 200 with every field null but the type when nothing of the type is running. */
    private void active(Context ctx) {
        String type = ctx.pathParam("migrationType");
        Object answer = migrations.active(type).map(Object.class::cast).orElseGet(() -> {
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("migrationId", null);
            none.put("migrationType", migrations.types().require(type).name());
            none.put("status", null);
            return none;
        });
        ctx.json(answer);
    }

    private static NotFound notFound(Context ctx) {
        return new NotFound("No migration with id " + ctx.pathParam("migrationId"));
    }

    /** A 404 raised from inside a handler. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
