package org.prisonsync.core.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * How operator alerts are grouped and limited: every {@code window} the alerts gathered are posted, one message per
 * event name (with the count and the first examples), at most {@code maxPostsPerWindow} messages; the rest are named
 * in one more message, so a storm of mismatches is a handful of posts, not thousands.
 */
public record NotifySettings(Duration window, int maxPostsPerWindow, int examplesPerPost) {
    public static final NotifySettings DEFAULTS = new NotifySettings(Duration.ofSeconds(60), 10, 3);

    public NotifySettings {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero() || maxPostsPerWindow < 1 || examplesPerPost < 1) {
            throw new IllegalArgumentException("the window, the posts per window and the examples must be positive");
        }
    }
}
