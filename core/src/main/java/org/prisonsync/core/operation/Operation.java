package org.prisonsync.core.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One query, repair or command, declared once and served by the runners as one HTTP endpoint and one CLI
 * subcommand. The descriptor holds everything both need: the role that guards it (mandatory: a route without one
 * would be open or, with deny-by-default, useless), the HTTP method and path template (upstream's where upstream has
 * one), the CLI path, a one-sentence summary and a longer description (the CLI's {@code --help} and the OpenAPI
 * description), the typed parameters, the handler and how the CLI prints its answer. A {@link OperationKind#REPAIR}
 * gets a {@code dryRun} parameter ({@link Param#dryRun}) without declaring it.
 *
 * <p>Built with {@link #query}, {@link #repair} or {@link #command} and the {@link Builder}'s steps.
 *
 * @param role the authority the caller's token must carry, {@code ROLE_…} (given with or without the prefix)
 * @param method the HTTP method, upper case
 * @param path the path template, {@code {name}} for each {@link Location#PATH} parameter and nothing else
 * @param cliPath the words of the CLI subcommand, e.g. {@code [visits, resync]}
 * @param writesOnGet true for the rare command upstream serves as a GET although it writes (the movement
 *        housekeeping): kept so its callers keep working, and declared so no other GET writes by mistake
 * @param httpText when not null, the route answers {@code text/plain} rendered by it unless the caller accepts
 *        {@code application/json}, as an upstream endpoint that answers a sentence does; null answers JSON
 * @param cliFlag when not null, this operation has no CLI subcommand of its own: it is the command at
 *        {@code cliPath} run with this flag (e.g. {@code --to-nomis}), for two routes an operator sees as one
 *        command; it takes exactly the parameters of the operation it varies
 */
public record Operation(String name, OperationKind kind, String role, String method, String path,
                        List<String> cliPath, String summary, String description, List<Param> params,
                        OperationHandler handler, TextRenderer renderer, boolean writesOnGet,
                        TextRenderer httpText, String cliFlag) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,79}");
    private static final Pattern ROLE = Pattern.compile("ROLE_[A-Z][A-Z0-9_]*");
    private static final Pattern PATH = Pattern.compile("(/([A-Za-z0-9._-]+|\\{[a-z][A-Za-z0-9]*}))+");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern FLAG = Pattern.compile("--[a-z][a-z0-9-]*");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    /** The CLI lists a subcommand by its summary; longer than this it wraps mid-sentence in the list. */
    public static final int MAX_SUMMARY = 90;

    public Operation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(handler, "handler");
        renderer = renderer == null ? TextRenderer.PLAIN : renderer;
        check(name != null && NAME.matcher(name).matches(), "an operation name is kebab-case ASCII, not " + name);
        role = role == null || role.startsWith("ROLE_") ? role : "ROLE_" + role;
        check(role != null && ROLE.matcher(role).matches(), name + " needs a role like ROLE_PRISONER_TO_NOMIS__UPDATE__RW");
        check(method != null && METHODS.contains(method), name + ": method must be one of " + METHODS);
        check(kind == OperationKind.QUERY || !method.equals("GET") || writesOnGet && kind == OperationKind.COMMAND,
                name + ": a " + kind + " writes, so it is not a GET (unless upstream made it one: getAsUpstream)");
        check(!writesOnGet || method.equals("GET"), name + ": only a GET is declared as writing on GET");
        check(path != null && PATH.matcher(path).matches(), name + ": path must be a template like /a/{b}, not " + path);
        cliPath = List.copyOf(cliPath == null ? List.of() : cliPath);
        check(!cliPath.isEmpty() && cliPath.stream().allMatch(w -> WORD.matcher(w).matches()),
                name + ": the CLI path is one or more lower-case words");
        check(summary != null && summary.endsWith(".") && summary.length() <= MAX_SUMMARY,
                name + ": the summary is one sentence ending in '.', at most " + MAX_SUMMARY + " characters");
        check(cliFlag == null || FLAG.matcher(cliFlag).matches(), name + ": a CLI flag is like --to-nomis");
        description = description == null ? "" : description.strip();
        params = withDryRun(kind, params == null ? List.of() : params);
        checkParams(name, path, params);
    }

    /** Starts a read-only operation. */
    public static Builder query(String name) {
        return new Builder(name, OperationKind.QUERY);
    }

    /** Starts a repair; it takes {@code dryRun} without declaring it. */
    public static Builder repair(String name) {
        return new Builder(name, OperationKind.REPAIR);
    }

    /** Starts a command (work of prison-sync itself: a run, a migration). */
    public static Builder command(String name) {
        return new Builder(name, OperationKind.COMMAND);
    }

    /** The parameters that travel in {@code location}. */
    public List<Param> paramsAt(Location location) {
        return params.stream().filter(p -> p.location() == location).toList();
    }

    /** Reads {@code given} (text by parameter name) and runs the handler: what the CLI does. */
    public Answer run(java.util.Map<String, String> given) {
        return handler.handle(Params.fromText(params, given));
    }

    private static List<Param> withDryRun(OperationKind kind, List<Param> declared) {
        List<Param> all = new ArrayList<>(declared);
        boolean declaresDryRun = all.stream().anyMatch(p -> p.name().equals(Param.DRY_RUN));
        if (kind == OperationKind.REPAIR && !declaresDryRun) {
            all.add(Param.dryRun());
        }
        return List.copyOf(all);
    }

    private static void checkParams(String name, String path, List<Param> params) {
        Set<String> names = new HashSet<>();
        Set<String> cliNames = new HashSet<>();
        for (Param p : params) {
            check(names.add(p.name()), name + " declares " + p.name() + " twice");
            check(p.positional() || cliNames.add(p.cliName()), name + " has two parameters given as " + p.cliName());
            check(!p.name().equals(Param.DRY_RUN) || p.equals(Param.dryRun()),
                    name + ": dryRun is the repairs' own parameter; declare the operation a repair instead");
        }
        Set<String> inTemplate = new HashSet<>();
        Matcher m = PATH_PARAM.matcher(path);
        while (m.find()) {
            check(inTemplate.add(m.group(1)), name + ": {" + m.group(1) + "} appears twice in " + path);
        }
        Set<String> declaredInPath = new HashSet<>();
        params.stream().filter(p -> p.location() == Location.PATH).forEach(p -> declaredInPath.add(p.name()));
        check(inTemplate.equals(declaredInPath), name + ": the path parameters " + declaredInPath
                + " must be exactly the template's " + inTemplate);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The steps of a descriptor, in the order a reader expects them. */
    public static final class Builder {
        private final String name;
        private final OperationKind kind;
        private String role;
        private String method;
        private String path;
        private List<String> cliPath = List.of();
        private String summary;
        private String description;
        private final List<Param> params = new ArrayList<>();
        private TextRenderer renderer;
        private boolean writesOnGet;
        private TextRenderer httpText;
        private String cliFlag;

        private Builder(String name, OperationKind kind) {
            this.name = name;
            this.kind = kind;
        }

        public Builder role(String role) {
            this.role = role;
            return this;
        }

        public Builder get(String path) {
            return http("GET", path);
        }

        public Builder post(String path) {
            return http("POST", path);
        }

        public Builder put(String path) {
            return http("PUT", path);
        }

        public Builder delete(String path) {
            return http("DELETE", path);
        }

        /**
         * A GET that writes, for a command upstream serves as a GET (callers and cron jobs call it so); only a
         * {@link OperationKind#COMMAND} may be one.
         */
        public Builder getAsUpstream(String path) {
            this.writesOnGet = true;
            return http("GET", path);
        }

        public Builder http(String method, String path) {
            this.method = method;
            this.path = path;
            return this;
        }

        public Builder cli(String... words) {
            this.cliPath = List.of(words);
            return this;
        }

        /** On the command line, the command at the CLI path run with {@code flag}; see {@link Operation#cliFlag}. */
        public Builder cliFlag(String flag) {
            this.cliFlag = flag;
            return this;
        }

        /** Over HTTP, answers {@code text/plain} rendered by {@code text} unless the caller accepts JSON. */
        public Builder httpText(TextRenderer text) {
            this.httpText = text;
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

        public Builder param(Param param) {
            params.add(param);
            return this;
        }

        public Builder renderer(TextRenderer renderer) {
            this.renderer = renderer;
            return this;
        }

        /** Completes the descriptor; throws {@link IllegalArgumentException} naming what does not fit. */
        public Operation handler(OperationHandler handler) {
            return new Operation(name, kind, role, method, path, cliPath, summary, description, params, handler,
                    renderer, writesOnGet, httpText, cliFlag);
        }
    }
}
