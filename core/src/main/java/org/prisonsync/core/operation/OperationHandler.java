package org.prisonsync.core.operation;

/** What an operation does with its parameters, already read and checked. */
@FunctionalInterface
public interface OperationHandler {
    Answer handle(Params params);
}
