package org.prisonsync.jdbc.trail;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.prisonsync.core.telemetry.SyncStep;
import org.prisonsync.jdbc.internal.FormText;

/**
 * A group's steps as the {@code steps} column keeps them (V9): per step a line {@code "\n<name> <epoch µs> <facts>"},
 * the name and facts form-encoded, so no character they hold can be taken for a space or a newline. Each line begins
 * with its newline so that a step is found by name with {@code LIKE '%\n<name> %'} ({@link #nameLike}).
 */
final class PackedSteps {
    private PackedSteps() {
    }

    /** The column's text, or null when there are no steps. */
    static String encode(List<SyncStep> steps) {
        if (steps.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(steps.size() * 48);
        for (SyncStep step : steps) {
            text.append('\n').append(URLEncoder.encode(step.name(), StandardCharsets.UTF_8))
                    .append(' ').append(micros(step.at()))
                    .append(' ').append(FormText.encode(step.detail()));
        }
        return text.toString();
    }

    static List<SyncStep> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<SyncStep> steps = new ArrayList<>();
        for (String line : text.substring(1).split("\n", -1)) {
            String[] parts = line.split(" ", 3);
            String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            steps.add(new SyncStep(name, instant(Long.parseLong(parts[1])), FormText.decode(parts[2])));
        }
        return steps;
    }

    /**
     * The LIKE pattern (escaped as {@link org.prisonsync.core.trail.TrailQuery#eventLike} escapes) that finds a row
     * holding a step whose name {@code nameLike} describes: every such row matches; a few that do not may too (a
     * {@code %} can reach across lines), so a reader still checks each step it unpacks. Event names are ASCII
     * letters, digits, {@code . _ - *}, which form-encoding leaves as they are.
     */
    static String nameLike(String nameLike) {
        return "%\n" + nameLike + " %";
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    private static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
