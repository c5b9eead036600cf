package org.prisonsync.core.operation;

/** Where a parameter travels over HTTP; on the command line every parameter is an option or a positional. */
public enum Location {
    /** A segment of the path template, {@code {name}}. */
    PATH,
    /** A query parameter, given at most once. */
    QUERY,
    /** A field of the JSON object body. */
    BODY
}
