package org.prisonsync.simulator.incentives;

import io.javalin.http.Context;
import java.time.Clock;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;

/** The incentives API's read routes prison-sync calls, at their real paths, as a table over {@link DpsIncentives}. */
final class DpsIncentiveRoutes {
    private DpsIncentiveRoutes() {
    }

    static RouteTable table(DpsIncentives dps, Clock clock) {
        return RouteTable.builder()
                .find("/incentive-reviews/id/{id}", ctx -> Params.positiveLong(ctx, "id"), dps::review,
                        IncentiveWire::reviewDetail, id -> "No incentive review found for id " + id)
                // The summary of the prisoner's current review with every review, current first; 404 without any.
                .listOrNotFound("/incentive-reviews/prisoner/{prisonerNumber}",
                        ctx -> Params.prisonerNumber(ctx, "prisonerNumber"), dps::reviewsOf,
                        reviews -> IncentiveWire.reviewSummary(reviews, clock),
                        prisoner -> "No incentive reviews found for " + prisoner)
                .list("/incentive/levels", DpsIncentiveRoutes::withInactive, dps::levels,
                        levels -> levels.stream().map(IncentiveWire::level).toList())
                .find("/incentive/levels/{code}", ctx -> ctx.pathParam("code"), dps::level, IncentiveWire::level,
                        code -> "No incentive level found for code " + code)
                .find("/incentive/prison-levels/{prisonId}/level/{levelCode}",
                        ctx -> new PrisonLevel.Key(ctx.pathParam("prisonId"), ctx.pathParam("levelCode")),
                        key -> dps.prisonLevel(key.prisonId(), key.levelCode()),
                        level -> IncentiveWire.dpsPrisonLevel(level,
                                dps.level(level.levelCode()).map(IncentiveLevel::name).orElse(level.levelCode())),
                        key -> "No incentive level found for code " + key.levelCode() + " in prison "
                                + key.prisonId())
                .build();
    }

    /** {@code with-inactive}: absent or false lists the active levels only. */
    private static boolean withInactive(Context ctx) {
        String withInactive = ctx.queryParam("with-inactive");
        if (withInactive == null || withInactive.equals("false")) {
            return false;
        }
        if (withInactive.equals("true")) {
            return true;
        }
        throw ApiError.badRequest("with-inactive must be true or false");
    }
}
