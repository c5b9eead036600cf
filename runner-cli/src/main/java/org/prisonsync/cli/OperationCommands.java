package org.prisonsync.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Params;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * One CLI subcommand per operation descriptor, with no hand-written command class: nested by the descriptor's CLI
 * path ({@code visits resync} goes under the existing {@code visits} command, or under a group made for it), with
 * {@code --help} from its summary, description and parameter descriptions, an option or positional per parameter
 * ({@code --dry-run} for a repair, {@code --dry-run=false} too), {@code --json} to print the answer's body as JSON
 * instead of through the descriptor's renderer, and the handler called in-process. Every value is read by the same
 * strict {@link Params} as the service's routes, so a bad one is a usage error (exit 2) naming the parameter; the
 * answer gives the exit code (0 done, 3 refused, 4 not found or nothing found).
 */
public final class OperationCommands {
    private static final String JSON_OPTION = "--json";

    // Made on the first --json answer, not when the commands are built: Jackson's ~470 classes are a third of what
    // `--help` would otherwise load.
    private final Supplier<ObjectMapper> json;
    private final Map<CommandSpec, Leaf> leaves = new IdentityHashMap<>();

    public OperationCommands(Supplier<ObjectMapper> json) {
        this.json = json;
    }

    /** Adds every operation under {@code root}; a CLI path an existing command already has is refused. */
    public void addTo(CommandLine root, List<Operation> operations) {
        for (Operation op : operations.stream().filter(o -> o.cliFlag() == null).toList()) {
            CommandLine parent = root;
            List<String> words = op.cliPath();
            for (String group : words.subList(0, words.size() - 1)) {
                CommandLine existing = parent.getSubcommands().get(group);
                if (existing == null) {
                    existing = new CommandLine(group(group));
                    parent.addSubcommand(group, existing);
                }
                parent = existing;
            }
            String name = words.get(words.size() - 1);
            if (parent.getSubcommands().containsKey(name)) {
                throw new IllegalStateException("operation " + op.name() + ": the command '"
                        + String.join(" ", words) + "' already exists");
            }
            parent.addSubcommand(name, new CommandLine(leaf(op)));
        }
        for (Operation variant : operations.stream().filter(o -> o.cliFlag() != null).toList()) {
            addVariant(root, variant);
        }
    }

    /**
     * An operation the command line runs as another's command with a flag ({@code alerts resync --to-nomis}): the
     * flag is added to that command, which runs this operation when it is given. Both must take the same
     * parameters, so every other option means the same with or without the flag.
     */
    private void addVariant(CommandLine root, Operation variant) {
        CommandLine command = root;
        for (String word : variant.cliPath()) {
            command = command == null ? null : command.getSubcommands().get(word);
        }
        Leaf leaf = command == null ? null : leaves.get(command.getCommandSpec());
        if (leaf == null) {
            throw new IllegalStateException("operation " + variant.name() + ": no operation command '"
                    + String.join(" ", variant.cliPath()) + "' to add " + variant.cliFlag() + " to");
        }
        if (!leaf.base().params().equals(variant.params())) {
            throw new IllegalStateException("operation " + variant.name() + " must take the parameters of "
                    + leaf.base().name() + " to be its " + variant.cliFlag());
        }
        command.getCommandSpec().addOption(OptionSpec.builder(variant.cliFlag()).type(boolean.class)
                .description(variant.summary() + " Over HTTP: " + variant.method() + " " + variant.path() + ".")
                .build());
        leaf.variants().add(variant);
    }

    /** The operation a command runs, and those its flags select instead. */
    private record Leaf(Operation base, List<Operation> variants) {
        Operation chosen(CommandSpec spec) {
            return variants.stream().filter(v -> Boolean.TRUE.equals(spec.findOption(v.cliFlag()).getValue()))
                    .findFirst().orElse(base);
        }
    }

    /** A command that only groups others; run alone it asks for one of them, as the hand-written groups do. */
    private static CommandSpec group(String word) {
        CommandSpec[] self = new CommandSpec[1];
        self[0] = CommandSpec.wrapWithoutInspection((Runnable) () -> {
            throw new ParameterException(self[0].commandLine(), "choose a command: "
                    + String.join(", ", self[0].subcommands().keySet()));
        });
        self[0].mixinStandardHelpOptions(true);
        self[0].usageMessage().description(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1)
                + " operations.");
        return self[0];
    }

    private CommandSpec leaf(Operation op) {
        CommandSpec[] self = new CommandSpec[1];
        self[0] = CommandSpec.wrapWithoutInspection((Callable<Integer>) () -> run(leaves.get(self[0])
                .chosen(self[0]), self[0]));
        CommandSpec spec = self[0];
        leaves.put(spec, new Leaf(op, new ArrayList<>()));
        spec.mixinStandardHelpOptions(true);
        List<String> description = new ArrayList<>(List.of(op.summary()));
        // One element per paragraph: picocli prints each as a line of its own and wraps it, never mid-sentence.
        Arrays.stream(op.description().split("\\n\\s*\\n")).map(p -> p.replaceAll("\\s+", " ").strip())
                .filter(p -> !p.isEmpty()).forEach(description::add);
        String http = "Needs " + op.role() + " when called over HTTP: " + op.method() + " " + op.path() + ".";
        description.add(http);
        // picocli may break a line before a '{' of the path template; wide enough, it keeps the route whole.
        spec.usageMessage().width(Math.max(spec.usageMessage().width(), http.length() + 2));
        spec.usageMessage().description(description.toArray(String[]::new));
        ParamOptions.declare(spec, op.params());
        spec.addOption(OptionSpec.builder(JSON_OPTION).type(boolean.class)
                .description("print the answer as JSON instead of text").build());
        return spec;
    }

    private int run(Operation op, CommandSpec spec) throws JsonProcessingException {
        Map<String, String> given = ParamOptions.given(spec, op.params());
        Answer answer;
        Params params;
        try {
            params = Params.fromCommandLine(op.params(), given);
            // A handler may refuse values that are each valid but not together (from after to), as Params would.
            answer = op.handler().handle(params);
        } catch (InvalidParameterException e) {
            throw new ParameterException(spec.commandLine(), ParamOptions.cliWords(op.params(), e.getMessage()));
        }
        boolean asJson = Boolean.TRUE.equals(spec.findOption(JSON_OPTION).getValue());
        PrintWriter out = spec.commandLine().getOut();
        if (answer instanceof Answer.NothingFound none) {
            // Nothing to show: the sentence on stderr (the body, [], too when JSON is asked for) and exit 4.
            if (asJson) {
                out.println(json.get().writerWithDefaultPrettyPrinter().writeValueAsString(none.body()));
            }
            spec.commandLine().getErr().println(none.message());
            return ExitCodes.NOT_FOUND;
        }
        Object body = body(answer);
        if (body != null) {
            out.println(asJson ? json.get().writerWithDefaultPrettyPrinter().writeValueAsString(body)
                    : op.renderer().render(body, params));
        } else if (answer instanceof Answer.NoContent done) {
            out.println(done.message());
        } else if (answer instanceof Answer.NotFound || answer instanceof Answer.Conflict) {
            spec.commandLine().getErr().println("error: " + message(answer));
        }
        return exitCode(answer);
    }

    private static Object body(Answer answer) {
        if (answer instanceof Answer.NoContent) {
            return null;
        }
        if (answer instanceof Answer.Done done) {
            return done.body();
        }
        if (answer instanceof Answer.Created created) {
            return created.body();
        }
        if (answer instanceof Answer.Accepted accepted) {
            return accepted.body();
        }
        return answer instanceof Answer.NotFound notFound ? notFound.body() : ((Answer.Conflict) answer).body();
    }

    private static String message(Answer answer) {
        return answer instanceof Answer.NotFound notFound ? notFound.message() : ((Answer.Conflict) answer).message();
    }

    private static int exitCode(Answer answer) {
        if (answer instanceof Answer.NotFound) {
            return ExitCodes.NOT_FOUND;
        }
        return answer instanceof Answer.Conflict ? ExitCodes.REFUSED : ExitCodes.OK;
    }
}
