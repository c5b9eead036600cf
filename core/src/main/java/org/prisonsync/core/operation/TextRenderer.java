package org.prisonsync.core.operation;

/** Turns an answer's body into the lines the CLI prints (its {@code --json} prints the body as JSON instead). */
@FunctionalInterface
public interface TextRenderer {
    /** Prints the body with {@link String#valueOf}, for operations whose body is already a sentence. */
    TextRenderer PLAIN = String::valueOf;

    String render(Object body);
}
