package org.prisonsync.core.notify;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.prisonsync.core.telemetry.EventPattern;

/**
 * Which telemetry event an operator is alerted to, and what to tell them.
 *
 * @param event the event name, or {@code *-suffix} for every event ending so (the engines' {@code …-sent-to-dlq})
 * @param title what happened, in a few words ("duplicate visit in DPS")
 * @param handledBy the prison-sync command (or page) that handles it, {@code {property}} filled from the event,
 *        e.g. {@code prison-sync dlq list {dlqName}}; a property the event lacks is left as written
 * @param when whether this occurrence needs an operator (e.g. not a report of nothing: {@code count} 0)
 */
public record NotifyRule(String event, String title, String handledBy,
                         java.util.function.Predicate<Map<String, String>> when) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_-]+)}");

    /** A rule for every occurrence of the event. */
    public NotifyRule(String event, String title, String handledBy) {
        this(event, title, handledBy, properties -> true);
    }

    /** This rule, for the occurrences whose {@code property} is not {@code value} (a count of 0, say). */
    public NotifyRule unless(String property, String value) {
        java.util.function.Predicate<Map<String, String>> before = when;
        return new NotifyRule(event, title, handledBy, p -> before.test(p) && !value.equals(p.get(property)));
    }

    public NotifyRule {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(handledBy, "handledBy");
        new EventPattern(event);
    }

    public boolean matches(String eventName) {
        return new EventPattern(event).matches(eventName);
    }

    /** Whether this occurrence of a matching event is one to post. */
    public boolean applies(Map<String, String> properties) {
        return when.test(properties);
    }

    /** The command with this event's properties filled in. */
    public String command(Map<String, String> properties) {
        Matcher m = PLACEHOLDER.matcher(handledBy);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = properties.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
