package org.prisonsync.core.movements;

/** Which kind of pair a row belongs to: an admission into prison or a release out of it. */
public enum MatchType {
    RECEIVED,
    RELEASED
}
