package org.prisonsync.core.migration;

import java.time.temporal.TemporalAccessor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.prisonsync.core.operation.Location;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.Params;

/**
 * What the runners need to offer a migration type before any core is built (the CLI lists every type for
 * {@code --help} without touching a queue or a database): upstream's type name, what it migrates in words, a summary
 * and a description, and its filter as typed parameters, the fields of the start's JSON body. The CLI makes one
 * {@code migrate <word>} command of each, with an option per filter field read by the same strict {@link Params}
 * as every operation. A domain declares it once, as a constant its {@link MigrationType#descriptor()} returns and
 * its wiring contributes.
 *
 * <p>Built with {@link #of} and the {@link Builder}'s steps.
 *
 * @param name upstream's {@code MigrationType}, e.g. {@code VISITS}
 * @param entity what one migrated entity is called, e.g. {@code visit} ("150 visit(s)")
 * @param entities the plural, e.g. {@code visits} ("started visits migration", "the other visits estimated")
 * @param summary one sentence, the command's line in {@code migrate --help}
 * @param description the longer help: what the filter selects, what an operator must do first, an example
 * @param filter the filter's fields, as the API's body names them; on the command line an option each
 */
public record MigrationDescriptor(String name, String entity, String entities, String summary, String description,
                                  List<Param> filter) {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");
    private static final Pattern NOUN = Pattern.compile("[a-z][a-z ]{0,59}");
    /** The options every {@code migrate <word>} command has besides the filter's. */
    private static final Set<String> RESERVED = Set.of("--preview", "--wait", "--help", "--version", "-h", "-V");

    public MigrationDescriptor {
        check(name != null && NAME.matcher(name).matches(), "a migration type is upper case like VISITS, not "
                + name);
        check(entity != null && NOUN.matcher(entity).matches() && entities != null
                && NOUN.matcher(entities).matches(), name + ": the entity's words are lower case, e.g. visit, visits");
        check(summary != null && summary.endsWith(".") && summary.length() <= Operation.MAX_SUMMARY,
                name + ": the summary is one sentence ending in '.', at most " + Operation.MAX_SUMMARY
                        + " characters");
        description = description == null ? "" : description.strip();
        filter = List.copyOf(filter == null ? List.of() : filter);
        Set<String> names = new HashSet<>();
        Set<String> options = new HashSet<>();
        for (Param p : filter) {
            check(p.location() == Location.BODY && !p.positional(), name + ": filter field " + p.name()
                    + " is a body field given on the command line as an option");
            check(names.add(p.name()) && options.add(p.cliName()), name + " declares " + p.name() + " twice");
            check(!RESERVED.contains(p.cliName()), name + ": " + p.cliName() + " is the command's own option");
        }
    }

    /** Starts a descriptor of upstream's migration type {@code name}. */
    public static Builder of(String name) {
        return new Builder(name);
    }

    /** The type as one word of a command line or a path: {@code VISITS} is {@code visits}. */
    public String word() {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The filter as the API's body gives it, from values read against {@link #filter}: a list not given is empty,
     * a date or time is its ISO text, and any other field not given and without a default is left out (the type's
     * own default applies).
     */
    public Map<String, Object> filterJson(Params values) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Param p : filter) {
            Object value = values.asMap().get(p.name());
            if (p.type() == ParamType.LIST) {
                json.put(p.name(), values.list(p.name()));
            } else if (value instanceof TemporalAccessor) {
                json.put(p.name(), value.toString());
            } else if (value != null) {
                json.put(p.name(), value);
            }
        }
        return json;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The steps of a descriptor, in the order a reader expects them. */
    public static final class Builder {
        private final String name;
        private String entity;
        private String entities;
        private String summary;
        private String description;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** What one entity is called, and several. */
        public Builder entities(String one, String many) {
            this.entity = one;
            this.entities = many;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Completes the descriptor with the filter's fields; throws naming what does not fit. */
        public MigrationDescriptor filter(Param... fields) {
            return new MigrationDescriptor(name, entity, entities, summary, description, List.of(fields));
        }
    }

    /**
     * The name a type is known by, from any way a user writes it: blanks trimmed, any case, {@code -} for {@code _}
     * ({@code visits}, {@code VISITS}). The registry and the CLI (which may answer without building the core) both
     * match names through it, so they cannot disagree.
     */
    public static String keyOf(String name) {
        return name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
