package org.prisonsync.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.prisonsync.core.migration.MigrationDescriptor;
import org.prisonsync.core.migration.MigrationPreview;
import org.prisonsync.core.migration.Migrations;
import org.prisonsync.core.migration.StartResult;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Params;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * One {@code migrate <type>} command per migration type the wiring offers, made from its descriptor with no
 * hand-written class: {@code --help} from its summary and description, an option per filter field (read by the same
 * strict {@link Params} as every operation, so a bad value is a usage error naming the option), {@code --preview}
 * for the estimate and warnings, and {@code --wait} to watch the run to its end. The filter reaches the type as the
 * API's body would, so the CLI and {@code POST /migrate/<type>} start the same run.
 */
final class MigrationCommands {
    private static final String PREVIEW = "--preview";
    private static final String WAIT = "--wait";

    private final CoreAccess access;

    MigrationCommands(CoreAccess access) {
        this.access = access;
    }

    /** Adds a command under {@code migrate} for each type; a type whose word a command already has is refused. */
    void addTo(CommandLine migrate, List<MigrationDescriptor> types) {
        for (MigrationDescriptor type : types) {
            if (migrate.getSubcommands().containsKey(type.word())) {
                throw new IllegalStateException("migration type " + type.name() + ": the command 'migrate "
                        + type.word() + "' already exists");
            }
            migrate.addSubcommand(type.word(), new CommandLine(command(type)));
        }
    }

    private CommandSpec command(MigrationDescriptor type) {
        CommandSpec[] self = new CommandSpec[1];
        self[0] = CommandSpec.wrapWithoutInspection((Callable<Integer>) () -> start(type, self[0]));
        CommandSpec spec = self[0];
        spec.mixinStandardHelpOptions(true);
        List<String> description = new ArrayList<>(List.of(type.summary()));
        // One element per paragraph: picocli prints each as a line of its own and wraps it, never mid-sentence.
        Arrays.stream(type.description().split("\\n\\s*\\n")).map(p -> p.replaceAll("\\s+", " ").strip())
                .filter(p -> !p.isEmpty()).forEach(description::add);
        description.add("Exit codes with --wait: 0 completed without failures, 1 completed with failures or "
                + "cancelled; 3 another " + type.entities() + " migration is already running.");
        String path = "/migrate/" + type.word();
        description.add("Over HTTP: POST " + path + " with the filter as its JSON body, and POST " + path
                + "/preview.");
        spec.usageMessage().description(description.toArray(String[]::new));
        ParamOptions.declare(spec, type.filter());
        spec.addOption(OptionSpec.builder(PREVIEW).type(boolean.class)
                .description("print the estimate and warnings, start nothing").build());
        spec.addOption(OptionSpec.builder(WAIT).type(boolean.class)
                .description("watch the run to its end with a progress bar").build());
        return spec;
    }

    private int start(MigrationDescriptor type, CommandSpec spec) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> filter;
        try {
            filter = type.filterJson(Params.fromCommandLine(type.filter(), ParamOptions.given(spec, type.filter())));
        } catch (InvalidParameterException e) {
            throw new ParameterException(spec.commandLine(), ParamOptions.cliWords(type.filter(), e.getMessage()));
        }
        Migrations migrations = access.core().migrations();
        if (Boolean.TRUE.equals(spec.findOption(PREVIEW).getValue())) {
            MigrationPreview p = migrations.preview(type.name(), filter);
            out.printf("%s migration would select %,d %s(s) (filter %s)%n", p.type(), p.estimatedCount(),
                    type.entity(), filter);
            p.warnings().forEach(w -> out.println("warning: " + w));
            if (p.warnings().isEmpty()) {
                out.println("no warnings");
            }
            out.println("(preview: nothing started)");
            return ExitCodes.OK;
        }
        StartResult result = migrations.start(type.name(), filter);
        if (result instanceof StartResult.AlreadyInProgress busy) {
            out.printf("%s: %s (see 'migrate status')%n", busy.message(), busy.activeMigrationId());
            return ExitCodes.REFUSED;
        }
        StartResult.Started started = (StartResult.Started) result;
        String id = started.context().migrationId();
        long estimated = started.context().estimatedCount();
        out.printf("started %s migration %s: %,d %s(s) estimated%n", type.entities(), id, estimated, type.entity());
        if (!Boolean.TRUE.equals(spec.findOption(WAIT).getValue())) {
            out.printf("watch it with 'migrate status', cancel it with 'migrate cancel %s'%n", id);
            return ExitCodes.OK;
        }
        return MigrateCommand.Watch.untilEnded(migrations, type, id, estimated, out,
                MigrateCommand.terminal.getAsBoolean());
    }
}
