package org.prisonsync.core.operation;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An operation's parameter values, read strictly against its declared {@link Param}s: every value checked for its
 * type, length and range, every required one present, defaults applied, and anything not declared (an unknown query
 * parameter or body field, a misspelt {@code dryrun}) refused with an {@link InvalidParameterException} naming it.
 * A handler then reads typed values it can trust.
 */
public final class Params {
    private final Map<String, Object> values;
    private final Set<String> declared;

    private Params(Map<String, Object> values, Set<String> declared) {
        this.values = Collections.unmodifiableMap(values);
        this.declared = Set.copyOf(declared);
    }

    /** Values given as text by name, wherever they travel over HTTP (the command line, a test). */
    public static Params fromText(List<Param> params, Map<String, String> given) {
        return fromText(params, given, false);
    }

    /**
     * Values given on the command line: as {@link #fromText(List, Map)}, except that a parameter
     * {@link Param#optionalOnCli} may be left out.
     */
    public static Params fromCommandLine(List<Param> params, Map<String, String> given) {
        return fromText(params, given, true);
    }

    private static Params fromText(List<Param> params, Map<String, String> given, boolean commandLine) {
        refuseUnknown("parameter", given.keySet(), params.stream().map(Param::name).toList());
        Map<String, Object> values = new HashMap<>();
        for (Param p : params) {
            String text = given.get(p.name());
            if (text != null) {
                values.put(p.name(), p.read(text));
            }
        }
        return complete(params, values, commandLine);
    }

    /**
     * The values of one HTTP request: path segments, query parameters (each at most once) and the fields of a JSON
     * body ({@code body} as a JSON reader gives it: strings, booleans, whole numbers; empty when there is none).
     * A value in the wrong place (a path parameter as a query parameter, a body field in the query) is unknown there.
     */
    public static Params fromRequest(List<Param> params, Map<String, String> path, Map<String, List<String>> query,
                                     Map<String, Object> body) {
        refuseUnknown("query parameter", query.keySet(), namesAt(params, Location.QUERY));
        refuseUnknown("field", body.keySet(), namesAt(params, Location.BODY));
        Map<String, Object> values = new HashMap<>();
        for (Param p : params) {
            switch (p.location()) {
                case PATH -> {
                    String text = path.get(p.name());
                    if (text != null) {
                        values.put(p.name(), p.read(text));
                    }
                }
                case QUERY -> {
                    List<String> given = query.getOrDefault(p.name(), List.of());
                    if (given.size() > 1 && p.type() == ParamType.LIST) {
                        // A list may be given as repeated parameters as well as comma-separated.
                        given = List.of(String.join(",", given));
                    }
                    if (given.size() > 1) {
                        throw new InvalidParameterException(p.name(), p.name() + " is given " + given.size()
                                + " times; give it once");
                    }
                    if (!given.isEmpty()) {
                        values.put(p.name(), p.read(given.get(0)));
                    }
                }
                case BODY -> {
                    if (body.containsKey(p.name())) {
                        values.put(p.name(), p.read(jsonText(p, body.get(p.name()))));
                    }
                }
            }
        }
        return complete(params, values, false);
    }

    public String string(String name) {
        return (String) get(name);
    }

    public long longValue(String name) {
        return ((Number) get(name)).longValue();
    }

    public int intValue(String name) {
        return ((Number) get(name)).intValue();
    }

    public boolean bool(String name) {
        return (Boolean) get(name);
    }

    public LocalDate date(String name) {
        return (LocalDate) get(name);
    }

    public LocalDateTime dateTime(String name) {
        return (LocalDateTime) get(name);
    }

    /** An {@link ParamType#INSTANT}, empty when not given and without a default. */
    public Optional<Instant> instant(String name) {
        return optional(name, Instant.class);
    }

    /** A {@link ParamType#LIST}; empty when not given and without a default. */
    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        return optional(name, List.class).map(l -> (List<String>) l).orElse(List.of());
    }

    /** A repair's {@code dryRun}: true plans without writing. */
    public boolean dryRun() {
        return bool(Param.DRY_RUN);
    }

    /** An optional parameter without a default, empty when not given. */
    public <T> Optional<T> optional(String name, Class<T> type) {
        requireDeclared(name);
        return Optional.ofNullable(values.get(name)).map(type::cast);
    }

    /** Every value given or defaulted, by name (what a handler echoes, what a test asserts). */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object get(String name) {
        requireDeclared(name);
        Object value = values.get(name);
        if (value == null) {
            // A handler asking for an optional parameter without a default must use optional(): a bug, not input.
            throw new IllegalStateException(name + " was not given and has no default; read it with optional()");
        }
        return value;
    }

    private void requireDeclared(String name) {
        if (!declared.contains(name)) {
            throw new IllegalStateException("the operation declares no parameter " + name);
        }
    }

    private static Params complete(List<Param> params, Map<String, Object> values, boolean commandLine) {
        for (Param p : params) {
            if (!values.containsKey(p.name())) {
                if (p.required() && !(commandLine && p.optionalOnCli())) {
                    throw new InvalidParameterException(p.name(), p.name() + " is required: " + p.description());
                }
                if (p.defaultValue() != null) {
                    values.put(p.name(), p.read(p.defaultValue()));
                }
            }
        }
        return new Params(new LinkedHashMap<>(values), params.stream().map(Param::name).collect(Collectors.toSet()));
    }

    /** A JSON field's value as text, refusing a JSON type the parameter's type is not (no coercion). */
    private static String jsonText(Param p, Object value) {
        boolean fits = switch (p.type()) {
            case LONG, INTEGER -> value instanceof Integer || value instanceof Long || value instanceof BigInteger
                    || value instanceof Short || value instanceof Byte;
            case BOOLEAN -> value instanceof Boolean;
            case STRING, PRISONER_NUMBER, DATE, DATE_TIME, INSTANT, LIST, DURATION -> value instanceof String;
        };
        if (!fits) {
            String kind = p.type().isNumber() ? "a JSON number" : p.type() == ParamType.BOOLEAN ? "JSON true or false"
                    : "a JSON string";
            throw new InvalidParameterException(p.name(), "field '" + p.name() + "' must be " + kind + " ("
                    + p.type().expected() + ")");
        }
        return String.valueOf(value);
    }

    /**
     * The declared name a misspelt one most likely meant ({@code open} for {@code isOpen}): one holds the other,
     * ignoring case. Empty when none does, or the names are too short to tell.
     */
    private static String suggestion(String given, List<String> allowed) {
        String lower = given.toLowerCase(Locale.ROOT);
        return allowed.stream().filter(a -> !a.equals(given) && Math.min(a.length(), given.length()) >= 3)
                .filter(a -> a.toLowerCase(Locale.ROOT).contains(lower) || lower.contains(a.toLowerCase(Locale.ROOT)))
                .findFirst().map(a -> " (did you mean '" + a + "'?)").orElse("");
    }

    private static List<String> namesAt(List<Param> params, Location location) {
        return params.stream().filter(p -> p.location() == location).map(Param::name).toList();
    }

    private static void refuseUnknown(String what, Set<String> given, List<String> allowed) {
        Set<String> unknown = new TreeSet<>(given);
        allowed.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw new InvalidParameterException(first, "unknown " + what + (unknown.size() > 1 ? "s " : " ")
                    + unknown.stream().map(ParamType::shown).collect(Collectors.joining(", ")) + "; this takes "
                    + (allowed.isEmpty() ? "none" : String.join(", ", allowed))
                    // A JSON field's misspelling is named so the caller sees which field it was meant to be.
                    + (what.equals("field") ? suggestion(first, allowed) : ""));
        }
    }
}
