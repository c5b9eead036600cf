package org.prisonsync.core.operation;

import org.prisonsync.core.PrisonSyncException;

/**
 * A parameter value an operation refuses (wrong type, out of range, too long, unknown, missing, given twice). The
 * message names the parameter and what it takes, in words fit for the caller; the service answers it as a 400
 * problem and the CLI as a usage error.
 */
public final class InvalidParameterException extends PrisonSyncException {
    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter's name as the caller gave it. */
    public String parameter() {
        return parameter;
    }
}
