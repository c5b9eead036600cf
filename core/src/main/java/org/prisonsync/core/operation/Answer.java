package org.prisonsync.core.operation;

import java.util.Objects;
import org.prisonsync.core.repair.RepairReport;

/**
 * How an operation ended, as a value: the service maps each to an HTTP status (200, 201, 202, 204, 404, 409) and the CLI
 * to an exit code. A refusal carries a message for the caller and, where the operation has more to say (a repair's
 * report), a body; without one the service answers the usual problem body.
 */
public sealed interface Answer {

    /** Done (or planned, for a dry run): 200. */
    record Done(Object body) implements Answer {
    }

    /** Created something the body describes: 201. */
    record Created(Object body) implements Answer {
    }

    /** Accepted work that carries on after the answer (a run started): 202. */
    record Accepted(Object body) implements Answer {
    }

    /**
     * Done, with nothing to answer over HTTP (a removal): 204. The CLI prints {@code message}, the sentence an
     * operator reads instead of the empty body.
     */
    record NoContent(String message) implements Answer {
        public NoContent {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * A query that found nothing to show. Over HTTP it is a {@link Done}: 200 with {@code body} (an empty list, as a
     * list endpoint answers). On the command line {@code message} goes to stderr and the exit code is 4 (not found),
     * for a command whose scripts have always read "nothing" from its exit code ({@code movements show}).
     */
    record NothingFound(String message, Object body) implements Answer {
        public NothingFound {
            Objects.requireNonNull(message, "message");
        }
    }

    /** The entity named does not exist: 404. {@code body} may be null. */
    record NotFound(String message, Object body) implements Answer {
        public NotFound {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Doing it would be wrong in the current state (e.g. removing the mapped alert): 409. {@code body} may be null. */
    record Conflict(String message, Object body) implements Answer {
        public Conflict {
            Objects.requireNonNull(message, "message");
        }
    }

    static Answer done(Object body) {
        return new Done(body);
    }

    static Answer created(Object body) {
        return new Created(body);
    }

    static Answer accepted(Object body) {
        return new Accepted(body);
    }

    static Answer noContent(String message) {
        return new NoContent(message);
    }

    static Answer nothingFound(String message, Object body) {
        return new NothingFound(message, body);
    }

    static Answer notFound(String message) {
        return new NotFound(message, null);
    }

    static Answer conflict(String message) {
        return new Conflict(message, null);
    }

    /**
     * A repair's report as the repair routes answer it today: refused is a 409 and not found a 404, each with the
     * report as body, so scripts keep reading the same JSON whatever the outcome.
     */
    static Answer of(RepairReport report) {
        return switch (report.status()) {
            case REFUSED -> new Conflict(report.message(), report);
            case NOT_FOUND -> new NotFound(report.message(), report);
            case DONE, PLANNED, NOTHING_TO_DO -> new Done(report);
        };
    }
}
