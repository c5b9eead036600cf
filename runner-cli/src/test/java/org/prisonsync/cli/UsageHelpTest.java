package org.prisonsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.migration.MigrationDescriptor;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.wiring.PrisonSyncConfig;
import picocli.CommandLine;

/**
 * The usage help of every command. picocli shows a sub-command in its parent's command list by the first element of
 * its {@code description} only, and prints each element as a line of its own (wrapping one that is too long), so a
 * description hard-wrapped across elements is cut mid-sentence in the parent's list and breaks raggedly in its own
 * help. Hence: the first element is a complete short sentence, and no element stops mid-sentence.
 */
class UsageHelpTest {
    private static final int SHORT = 90;

    /** Every operation the shared wiring contributes, listed as CliMain lists them: without building a core. */
    private static final CliComponent WIRING = CliComponent.build(PrisonSyncConfig.from(Map.of()), Telemetry.NONE);
    private static final List<Operation> OPERATIONS = WIRING.operations().stream()
            .sorted(Comparator.comparing(Operation::name)).toList();
    /** Every migration type the wiring offers, a {@code migrate <type>} command each. */
    private static final List<MigrationDescriptor> MIGRATIONS = WIRING.migrationTypes().stream()
            .sorted(Comparator.comparing(MigrationDescriptor::name)).toList();

    private final CommandLine root = root();

    private static CommandLine root() {
        return CliMain.commandLine(new CoreAccess(() -> {
            throw new AssertionError("help must not build the core");
        }), OPERATIONS, MIGRATIONS);
    }

    @Test
    void everySubCommandIsListedInItsParentWithItsWholeSummarySentence() {
        List<String> problems = new ArrayList<>();
        for (CommandLine parent : withDescendants(root)) {
            String listed = oneLine(parent.getHelp().commandList());
            for (CommandLine child : parent.getSubcommands().values()) {
                String name = child.getCommandSpec().qualifiedName();
                String summary = summary(child);
                if (!summary.endsWith(".")) {
                    problems.add(name + ": summary is not a whole sentence: " + summary);
                }
                if (summary.length() > SHORT) {
                    problems.add(name + ": summary is longer than " + SHORT + " characters: " + summary);
                }
                if (!listed.contains(child.getCommandName() + " " + summary)) {
                    problems.add(name + ": " + parent.getCommandName() + "'s command list does not show: " + summary);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noDescriptionLineOfAnyCommandStopsMidSentence() {
        List<String> problems = new ArrayList<>();
        for (CommandLine command : withDescendants(root)) {
            String[] lines = command.getCommandSpec().usageMessage().description();
            for (int i = 0; i + 1 < lines.length; i++) {
                if (!lines[i].isBlank() && !lines[i + 1].isBlank() && !lines[i].strip().matches(".*[.:!?]")) {
                    problems.add(command.getCommandSpec().qualifiedName() + ": '" + lines[i] + "' continues on '"
                            + lines[i + 1] + "'");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCommandRendersItsHelpWithoutTouchingTheCore() {
        for (CommandLine command : withDescendants(root)) {
            List<String> path = new ArrayList<>(Arrays.asList(command.getCommandSpec().qualifiedName(" ")
                    .split(" ")));
            path.remove(0);
            path.add("--help");
            StringWriter out = new StringWriter();
            int code = CliMain.run(path.toArray(String[]::new), new CoreAccess(() -> {
                throw new AssertionError("help must not build the core");
            }), OPERATIONS, MIGRATIONS, new PrintWriter(out), new PrintWriter(new StringWriter()));

            assertThat(code).as(String.join(" ", path)).isZero();
            assertThat(oneLine(out.toString())).as(String.join(" ", path)).contains(oneLine(String.join(" ",
                    command.getCommandSpec().usageMessage().description())));
        }
    }

    private static String summary(CommandLine command) {
        String[] description = command.getCommandSpec().usageMessage().description();
        return description.length == 0 ? "" : description[0].strip();
    }

    private static List<CommandLine> withDescendants(CommandLine command) {
        List<CommandLine> all = new ArrayList<>(List.of(command));
        command.getSubcommands().values().forEach(child -> all.addAll(withDescendants(child)));
        return all;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
