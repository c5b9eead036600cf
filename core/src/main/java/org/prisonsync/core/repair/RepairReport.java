package org.prisonsync.core.repair;

import java.util.List;
import java.util.Objects;

/**
 * What a repair found and did. {@code actions} are the steps, planned ({@code dryRun}) or carried out, in words an
 * operator can check before running it for real.
 */
public record RepairReport(String operation, boolean dryRun, Status status, List<String> actions, String message) {

    /** How a repair ended; the CLI's exit code follows from it. */
    public enum Status {
        /** The actions were carried out. */
        DONE,
        /** Dry run: the actions are what a real run would do. */
        PLANNED,
        /** Everything already agrees. */
        NOTHING_TO_DO,
        /** Doing it would be wrong (e.g. cancelling the visit that is the mapped one). */
        REFUSED,
        /** The entity named does not exist. */
        NOT_FOUND
    }

    public RepairReport {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(status, "status");
        actions = List.copyOf(actions == null ? List.of() : actions);
        message = message == null ? "" : message;
    }

    public static RepairReport refused(String operation, boolean dryRun, String why) {
        return new RepairReport(operation, dryRun, Status.REFUSED, List.of(), why);
    }

    public static RepairReport notFound(String operation, boolean dryRun, String what) {
        return new RepairReport(operation, dryRun, Status.NOT_FOUND, List.of(), what);
    }

    public static RepairReport nothingToDo(String operation, boolean dryRun, String why) {
        return new RepairReport(operation, dryRun, Status.NOTHING_TO_DO, List.of(), why);
    }

    public static RepairReport of(String operation, boolean dryRun, List<String> actions, String message) {
        return new RepairReport(operation, dryRun, dryRun ? Status.PLANNED : Status.DONE, actions, message);
    }

    /** True when the repair ended as intended (done, planned or nothing to do). */
    public boolean succeeded() {
        return status == Status.DONE || status == Status.PLANNED || status == Status.NOTHING_TO_DO;
    }
}
