package org.prisonsync.core.operation;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One typed parameter of an operation: where it travels over HTTP, whether it is required (or its default), its
 * bounds (a length for text, a range for numbers) and its form on the command line (an option such as
 * {@code --offender-no}, derived from the name unless given, or a positional). Built with the factories and the
 * {@code with…} steps: {@code Param.path("offenderNo", PRISONER_NUMBER, "the prisoner").option("--prisoner")}.
 *
 * @param defaultValue the value, as text, used when the parameter is not given; {@code null} for none
 * @param maxLength the longest text accepted (for {@link ParamType#STRING}; other types have their own shape)
 * @param min smallest number accepted, for {@link ParamType#LONG} and {@link ParamType#INTEGER}; {@code null} for none
 * @param max largest number accepted; {@code null} for none
 * @param cliName the option ({@code --offender-no}) or, when {@code positional}, the label shown in usage
 * @param optionalOnCli a required parameter the command line may leave out (the handler then reads it with
 *        {@code optional()}), where the command can do without what the route's path needs
 * @param cliNegation for a boolean: the command line's flag (e.g. {@code --closed}) that gives {@code false}, where
 *        the command has always defaulted to {@code true} and offered the flag for the other way; {@code null} for
 *        none (the option then takes true or false, alone true)
 */
public record Param(String name, ParamType type, Location location, boolean required, String defaultValue,
                   String description, int maxLength, Long min, Long max, String cliName, boolean positional,
                   boolean optionalOnCli, String cliNegation) {
    /** The text length a string parameter takes unless it says otherwise: ids and references are short. */
    public static final int DEFAULT_MAX_LENGTH = 200;
    public static final String DRY_RUN = "dryRun";

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,59}");
    /**
     * A query parameter may be spelled with dashes where upstream spells it so ({@code force-status} on the
     * adjustments repair), so a caller's URL works unchanged; its CLI option is the same words.
     */
    private static final Pattern DASHED_QUERY_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+){1,5}");
    private static final Pattern OPTION = Pattern.compile("--[a-z][a-z0-9-]*");

    public Param {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(location, "location");
        if (name == null || !(NAME.matcher(name).matches()
                || location == Location.QUERY && DASHED_QUERY_NAME.matcher(name).matches())) {
            throw new IllegalArgumentException("a parameter name is camelCase ASCII (or, in the query, words joined"
                    + " by dashes), not '" + name + "'");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException(name + " needs a description (it is the CLI's and the document's)");
        }
        if (location == Location.PATH && (!required || defaultValue != null)) {
            throw new IllegalArgumentException(name + " travels in the path, so it is required and has no default");
        }
        if (cliNegation != null && (type != ParamType.BOOLEAN || required || positional
                || !OPTION.matcher(cliNegation).matches())) {
            throw new IllegalArgumentException(name + ": a CLI negation like --closed is for an optional boolean option");
        }
        if (optionalOnCli && !required) {
            throw new IllegalArgumentException(name + " is optional everywhere; optionalOnCli is for a required one");
        }
        if (required && defaultValue != null) {
            throw new IllegalArgumentException(name + " is required, so it cannot have a default");
        }
        if (maxLength < 1) {
            throw new IllegalArgumentException(name + ": a maximum length is at least 1");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException(name + ": range " + min + ".." + max + " is empty");
        }
        if ((min != null || max != null) && !type.isNumber()) {
            throw new IllegalArgumentException(name + ": only a number has a range");
        }
        if (cliName == null) {
            cliName = positional ? name.toUpperCase(Locale.ROOT) : "--" + kebab(name);
        } else if (!positional && !OPTION.matcher(cliName).matches()) {
            throw new IllegalArgumentException(name + ": a CLI option looks like --offender-no, not '" + cliName + "'");
        }
        if (defaultValue != null) {
            // Checked now, so a bad default fails at start-up and not on the first call that leaves it out.
            new Param(name, type, location, false, null, description, maxLength, min, max, cliName, positional,
                    optionalOnCli, cliNegation).read(defaultValue);
        }
    }

    /** A required segment of the path template. */
    public static Param path(String name, ParamType type, String description) {
        return new Param(name, type, Location.PATH, true, null, description, DEFAULT_MAX_LENGTH, null, null, null,
                false, false, null);
    }

    /** An optional query parameter (no default: the handler sees it absent); see {@link #mandatory()}. */
    public static Param query(String name, ParamType type, String description) {
        return new Param(name, type, Location.QUERY, false, null, description, DEFAULT_MAX_LENGTH, null, null, null,
                false, false, null);
    }

    /** A required field of the JSON body. */
    public static Param body(String name, ParamType type, String description) {
        return new Param(name, type, Location.BODY, true, null, description, DEFAULT_MAX_LENGTH, null, null, null,
                false, false, null);
    }

    /**
     * The {@code dryRun} every repair takes (and a command may declare): exactly {@code true}, which plans without
     * writing, or {@code false}; absent writes, as upstream does.
     */
    public static Param dryRun() {
        return new Param(DRY_RUN, ParamType.BOOLEAN, Location.QUERY, false, "false",
                "true: print the plan and change nothing; false (the default): carry it out", DEFAULT_MAX_LENGTH,
                null, null, "--dry-run", false, false, null);
    }

    public Param mandatory() {
        return new Param(name, type, location, true, null, description, maxLength, min, max, cliName, positional,
                optionalOnCli, cliNegation);
    }

    /** Not required and without a default: the handler sees it absent (a filter field left out, say). */
    public Param optional() {
        if (location == Location.PATH) {
            throw new IllegalArgumentException(name + " travels in the path, so it is required");
        }
        return new Param(name, type, location, false, null, description, maxLength, min, max, cliName, positional,
                false, cliNegation);
    }

    public Param withDefault(String value) {
        return new Param(name, type, location, false, value, description, maxLength, min, max, cliName, positional,
                optionalOnCli, cliNegation);
    }

    public Param maxLength(int length) {
        return new Param(name, type, location, required, defaultValue, description, length, min, max, cliName,
                positional, optionalOnCli, cliNegation);
    }

    public Param range(long from, long to) {
        return new Param(name, type, location, required, defaultValue, description, maxLength, from, to, cliName,
                positional, optionalOnCli, cliNegation);
    }

    /** Given on the command line as {@code option} instead of the name's kebab case. */
    public Param option(String option) {
        return new Param(name, type, location, required, defaultValue, description, maxLength, min, max, option,
                false, optionalOnCli, cliNegation);
    }

    /** A required parameter the command line may leave out; see {@link #optionalOnCli}. */
    public Param optionalOnTheCommandLine() {
        return new Param(name, type, location, required, defaultValue, description, maxLength, min, max, cliName,
                positional, true, cliNegation);
    }

    /**
     * On the command line, true unless {@code flag} is given (which gives false), whatever the default over HTTP:
     * for a command that has always worked so; see {@link #cliNegation}.
     */
    public Param negatedOnCli(String flag) {
        return new Param(name, type, location, required, defaultValue, description, maxLength, min, max, cliName,
                positional, optionalOnCli, flag);
    }

    /** Given on the command line by position, shown in usage as {@code label}. */
    public Param positional(String label) {
        return new Param(name, type, location, required, defaultValue, description, maxLength, min, max, label,
                true, optionalOnCli, cliNegation);
    }

    /** Reads one value given as text, checking its type, length and range. */
    Object read(String text) {
        if (text.length() > maxLength) {
            throw new InvalidParameterException(name, name + " is longer than " + maxLength + " characters");
        }
        if (text.isEmpty()) {
            throw new InvalidParameterException(name, name + " is empty; it must be " + type.expected());
        }
        Object value = type.parse(name, text);
        if (value instanceof Number number) {
            long n = number.longValue();
            if (min != null && n < min || max != null && n > max) {
                throw new InvalidParameterException(name, name + " must be between " + (min == null ? "any" : min)
                        + " and " + (max == null ? "any" : max) + ", not " + n);
            }
        }
        return value;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
