package org.prisonsync.core.reconciliation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a run was asked for, as text so that every store keeps it as given: {@code date} ({@code yyyy-MM-dd}) for a
 * dated reconciliation, {@code from} and {@code to} for one over a range of days, or whatever other parameter a
 * reconciliation declares ({@link Reconciliation#parameterNames}). Kept sorted by name so that two equal requests look equal.
 */
public record ReconciliationParameters(Map<String, String> values) {
    public static final String DATE = "date";
    /** The first day of a reconciliation over a range of days ({@code yyyy-MM-dd}). */
    public static final String FROM = "from";
    /** The last day of a reconciliation over a range of days ({@code yyyy-MM-dd}). */
    public static final String TO = "to";
    /**
     * A run that repairs as it goes (or only reads and stores the flag, so an operator's usual {@code --dry-run}
     * works) declares this parameter; {@link #withDryRunDefault} checks it is {@code true} or {@code false}.
     */
    public static final String DRY_RUN = "dryRun";
    private static final java.util.Set<String> DATES = java.util.Set.of(DATE, FROM, TO);
    private static final int MAX_PARAMETERS = 10;
    private static final int MAX_VALUE = 200;
    private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][a-zA-Z0-9-]{0,39}");

    public ReconciliationParameters {
        if (values == null) {
            values = Map.of();
        }
        if (values.size() > MAX_PARAMETERS) {
            throw new IllegalArgumentException("at most " + MAX_PARAMETERS + " parameters");
        }
        Map<String, String> sorted = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name == null || !PARAMETER_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("a parameter name is a letter then up to 39 letters, digits or"
                        + " dashes: " + name);
            }
            sorted.put(name, Limits.text("parameter " + name, value, MAX_VALUE));
        });
        values = Collections.unmodifiableMap(sorted);
        values.forEach((name, value) -> {
            if (DATES.contains(name)) {
                parseDate(name, value);
            }
        });
    }

    public static ReconciliationParameters none() {
        return new ReconciliationParameters(Map.of());
    }

    public static ReconciliationParameters onDate(LocalDate date) {
        return new ReconciliationParameters(Map.of(DATE, date.toString()));
    }

    public Optional<LocalDate> date() {
        return date(DATE);
    }

    /** A date parameter ({@link #DATE}, {@link #FROM}, {@link #TO}) when given. */
    public Optional<LocalDate> date(String name) {
        return Optional.ofNullable(values.get(name)).map(text -> parseDate(name, text));
    }

    /**
     * These parameters with {@link #DRY_RUN} defaulted to {@code false}; anything other than {@code true} or
     * {@code false} is refused (a client error), never read as one of them.
     */
    public ReconciliationParameters withDryRunDefault() {
        String dryRun = values.getOrDefault(DRY_RUN, "false");
        if (!dryRun.equals("true") && !dryRun.equals("false")) {
            throw new IllegalArgumentException("dryRun must be true or false, not '" + dryRun + "'");
        }
        return with(DRY_RUN, dryRun);
    }

    /** Whether the run was asked not to change anything ({@link #DRY_RUN} is {@code true}). */
    public boolean dryRun() {
        return "true".equals(values.get(DRY_RUN));
    }

    public ReconciliationParameters with(String name, String value) {
        Map<String, String> more = new TreeMap<>(values);
        more.put(name, value);
        return new ReconciliationParameters(more);
    }

    private static LocalDate parseDate(String name, String text) {
        // ISO digits only: LocalDate.parse alone would also take a leading '+' and a five-digit year.
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new IllegalArgumentException(name + " must be yyyy-MM-dd: " + text);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is not a day of the calendar: " + text, e);
        }
    }
}
