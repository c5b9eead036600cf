package org.prisonsync.core.queue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The error-visibility ladder: after the n-th failed delivery the message becomes visible again after step n
 * (the last step repeats). Written in configuration as seconds, {@code "1, 10, 60, 600"}, as upstream does.
 */
public record RetryLadder(List<Duration> steps) {

    public static final RetryLadder DEFAULT = parse("1, 10, 60, 600");

    public RetryLadder {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a retry ladder needs at least one step");
        }
        if (steps.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("retry delays cannot be negative: " + steps);
        }
    }

    /** Parses comma-separated whole seconds, e.g. {@code "1, 10, 60, 600"} or {@code "0"}. */
    public static RetryLadder parse(String seconds) {
        try {
            return new RetryLadder(Arrays.stream(seconds.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(s -> Duration.ofSeconds(Long.parseLong(s)))
                    .toList());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("retry ladder must be comma-separated seconds, was '" + seconds + "'");
        }
    }

    /** The wait after the {@code receiveCount}-th delivery failed (1-based). */
    public Duration delayAfter(int receiveCount) {
        int index = Math.max(0, Math.min(receiveCount - 1, steps.size() - 1));
        return steps.get(index);
    }

    @Override
    public String toString() {
        return steps.stream().map(d -> Long.toString(d.toSeconds())).collect(Collectors.joining(", "));
    }
}
