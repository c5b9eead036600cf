package org.prisonsync.core.migration;

import org.prisonsync.core.message.InvalidMessageException;

/**
 * No migration type of that name is registered (the API answers 404). An {@link InvalidMessageException} so that a
 * message naming an unknown type is dead-lettered at once rather than retried.
 */
public class UnknownMigrationTypeException extends InvalidMessageException {
    public UnknownMigrationTypeException(String name) {
        super("unknown migration type '" + name + "'");
    }
}
