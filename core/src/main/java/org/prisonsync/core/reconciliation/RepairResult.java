package org.prisonsync.core.reconciliation;

import java.util.Objects;

/** What repairing one mismatch did, or would do on a dry run, in a sentence an operator can check. */
public record RepairResult(String key, boolean dryRun, Outcome outcome, String description) {

    public enum Outcome {
        /** Changed: the next run should find this key consistent. */
        REPAIRED,
        /** Dry run: {@code description} says what a real repair would change. Nothing was changed. */
        WOULD_REPAIR,
        /** The sides agree now; nothing to change. */
        NOTHING_TO_DO,
        /** This reconciliation has no repair, or this mismatch needs a person. */
        NOT_REPAIRABLE,
        /** The repair was tried and failed; {@code description} says why. */
        FAILED
    }

    public RepairResult {
        Limits.key(key);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(description, "description");
        if (dryRun && outcome == Outcome.REPAIRED) {
            throw new IllegalArgumentException("a dry run repairs nothing");
        }
    }

    /** REPAIRED, or WOULD_REPAIR on a dry run. */
    public static RepairResult changed(String key, boolean dryRun, String description) {
        return new RepairResult(key, dryRun, dryRun ? Outcome.WOULD_REPAIR : Outcome.REPAIRED, description);
    }

    public static RepairResult notRepairable(String key, boolean dryRun, String why) {
        return new RepairResult(key, dryRun, Outcome.NOT_REPAIRABLE, why);
    }
}
