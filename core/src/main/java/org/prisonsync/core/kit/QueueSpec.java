package org.prisonsync.core.kit;

import java.util.Objects;
import java.util.regex.Pattern;
import org.prisonsync.core.queue.RetryLadder;

/**
 * A queue a domain consumes, as the domain declares it: the id configuration names it by
 * ({@code HMPPS_SQS_QUEUES_<ID>_QUEUE_NAME}, as upstream's relaxed binding spells it), the physical name it has when
 * nothing is configured, its direction, and the retry ladder it uses unless configuration says otherwise
 * ({@code null}: the installation's default ladder).
 */
public record QueueSpec(String id, String defaultName, Direction direction, RetryLadder defaultLadder) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,39}");

    public QueueSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultName, "defaultName");
        Objects.requireNonNull(direction, "direction");
        if (!ID.matcher(id).matches()) {
            // the id becomes part of environment variable names, so letters and digits only
            throw new IllegalArgumentException("a queue id is lower-case letters and digits, was '" + id + "'");
        }
    }

    public static QueueSpec of(String id, String defaultName, Direction direction) {
        return new QueueSpec(id, defaultName, direction, null);
    }
}
