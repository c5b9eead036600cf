package org.prisonsync.core.movements;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;

/**
 * The movement reconciliation (seed 003) as operations: upstream's housekeeping (a GET that writes and answers a
 * sentence, kept so), the unmatched pairs of a window and one prisoner's pairs. The domain is resolved only when an
 * operation runs.
 */
public final class MovementOperations {
    private static final String RECONCILIATION = "ROLE_DPS_RECONCILIATION__RW";
    private static final String PAIR_ROW = "%-6s %-9s %-8s %-8s %-26s %-26s %s";

    private MovementOperations() {
    }

    /** Every movement operation, reaching the domain through {@code movements} when one runs. */
    public static List<Operation> all(Supplier<MovementsDomain> movements) {
        return List.of(housekeeping(movements), unmatched(movements), ofPrisoner(movements));
    }

    static Operation housekeeping(Supplier<MovementsDomain> movements) {
        return Operation.command("movements-housekeeping").role(RECONCILIATION)
                .getAsUpstream("/reconciliation/housekeeping").cli("movements", "housekeeping")
                .summary("Run the housekeeping now: match late pairs, report the unmatched, purge old pairs.")
                .description("""
                        Late pairs are hospital releases, merges without a post-merge admission and booking moves; \
                        what is still unmatched is reported (non-match-event); matched pairs older than the \
                        retention are purged. Default window: now-4h to now-2h.

                        Over HTTP it answers "Found N non-matching events" as text, as upstream does, or the whole \
                        report when the caller accepts application/json.

                        Example: prison-sync movements housekeeping --from 2026-11-24T06:00:00 --dry-run.""")
                .param(Param.query("from", ParamType.DATE_TIME, "window start (local time)"))
                .param(Param.query("to", ParamType.DATE_TIME, "window end (local time)"))
                .param(Param.dryRun())
                .httpText(body -> ((HousekeepingReport) body).summary())
                .renderer(MovementOperations::housekeepingText)
                .handler(p -> Answer.done(movements.get().housekeeping().run(
                        p.optional("from", LocalDateTime.class).orElse(null),
                        p.optional("to", LocalDateTime.class).orElse(null), p.dryRun())));
    }

    static Operation unmatched(Supplier<MovementsDomain> movements) {
        return Operation.query("movements-unmatched").role(RECONCILIATION)
                .get("/reconciliation/movements/unmatched").cli("movements", "unmatched")
                .summary("List the unmatched pairs created in a window (default: all).")
                .description("""
                        Each shows the half that is missing. from and to are each an ISO date or date-time, \
                        Europe/London unless it has an offset, e.g. 2026-11-24, 2026-11-24T10:00:00 or \
                        2026-11-24T10:00:00Z.

                        from after to is refused (a usage error, exit 2; 400 over HTTP).""")
                .param(Param.query("from", ParamType.INSTANT, "created at or after (default: the beginning)")
                        .option("--from"))
                .param(Param.query("to", ParamType.INSTANT, "created at or before (default: now)").option("--to"))
                .renderer(body -> {
                    List<?> pairs = (List<?>) body;
                    String count = pairs.size() + " unmatched pair(s)";
                    return pairs.isEmpty() ? count : count + System.lineSeparator() + table(pairs);
                })
                .handler(p -> {
                    Instant from = p.instant("from").orElse(Instant.EPOCH);
                    Instant to = p.instant("to").orElseGet(Instant::now);
                    try {
                        return Answer.done(movements.get().queries().unmatchedBetween(from, to));
                    } catch (IllegalArgumentException backwards) {
                        throw new InvalidParameterException("from", backwards.getMessage());
                    }
                });
    }

    static Operation ofPrisoner(Supplier<MovementsDomain> movements) {
        return Operation.query("movements-of-prisoner").role(RECONCILIATION)
                .get("/reconciliation/movements/prisoner/{offenderNo}").cli("movements", "show")
                .summary("Show every pair (matched or not) of one prisoner, newest first.")
                .description("A prisoner without pairs is exit 4 (not found) with a message on stderr; over HTTP, "
                        + "200 with an empty list.")
                .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "prisoner number, e.g. A1234BC")
                        .option("--prisoner"))
                .renderer(body -> table((List<?>) body))
                .handler(p -> {
                    String prisoner = p.string("offenderNo");
                    List<MatchingEventPair> pairs = movements.get().queries().ofPrisoner(prisoner);
                    // 200 with [] over HTTP; on the command line exit 4, as 'movements show' always has.
                    return pairs.isEmpty() ? Answer.nothingFound("no movement pairs for " + prisoner, pairs)
                            : Answer.done(pairs);
                });
    }

    private static String housekeepingText(Object body) {
        HousekeepingReport report = (HousekeepingReport) body;
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append("window ").append(report.from()).append(" .. ").append(report.to())
                .append(report.dryRun() ? " (dry run)" : "").append(nl);
        text.append(report.dryRun() ? "would purge" : "purged").append(" matched pairs older than ")
                .append(report.purgeCutoff()).append(" (").append(report.purged()).append(')').append(nl);
        for (BatchMatch match : report.matches()) {
            text.append(report.dryRun() ? "would match " : "matched ").append(match).append(nl);
        }
        text.append(report.summary());
        if (!report.unmatched().isEmpty()) {
            text.append(nl).append(table(report.unmatched()));
        }
        return text.toString();
    }

    private static String table(List<?> pairs) {
        StringBuilder text = new StringBuilder(String.format(PAIR_ROW, "ID", "TYPE", "PRISONER", "MATCHED",
                "DPS (reason time)", "NOMIS (reason time)", "MISSING / NOTE"));
        for (Object each : pairs) {
            MatchingEventPair p = (MatchingEventPair) each;
            text.append(System.lineSeparator()).append(String.format(PAIR_ROW, p.id(), p.matchType(),
                    p.prisonerNumber(), p.matched() ? "yes" : "NO", half(p.domainReason(), p.domainTime()),
                    half(p.offenderReason(), p.offenderTime()),
                    p.matched() ? (p.comment() == null ? "" : p.comment()) : p.missingHalf()));
        }
        return text.toString();
    }

    private static String half(String reason, LocalDateTime time) {
        return time == null && reason == null ? "-"
                : (reason == null ? "?" : reason) + " " + (time == null ? "" : time);
    }
}
