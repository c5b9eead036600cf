package org.prisonsync.cli;

import java.util.List;
import org.prisonsync.core.migration.MigrationDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command; each subcommand is one operator task. */
@Command(name = "prison-sync", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {DlqCommand.class, MappingCommand.class, MigrateCommand.class},
        description = {
            "Operate prison-sync: dead-letter queues, mappings, repairs, reconciliations and migrations.",
            "Every command calls the same core operation as the service's API, against the queues, database and "
                + "APIs configured by the same environment variables (see README). With none set, it acts on the "
                + "embedded default started by the service (ElasticMQ :9324, H2 in ./data, simulator :8090).",
            "",
            "Commands that write take --dry-run, which prints the plan and changes nothing."},
        footer = {"", "Exit codes: 0 done/planned/nothing to do, 1 error, 2 usage, 3 refused as unsafe,",
            "4 not found, 5 a system could not be reached (try again)."})
public final class PrisonSyncCommand implements Runnable {
    final CoreAccess access;
    /** The migration types the wiring offers, known without building the core. */
    final List<MigrationDescriptor> migrationTypes;

    @Spec
    CommandSpec spec;

    public PrisonSyncCommand(CoreAccess access) {
        this(access, List.of());
    }

    public PrisonSyncCommand(CoreAccess access, List<MigrationDescriptor> migrationTypes) {
        this.access = access;
        this.migrationTypes = List.copyOf(migrationTypes);
    }

    @Override
    public void run() {
        // Listed from the command line itself, so the commands generated from operation descriptors are named too.
        throw new ParameterException(spec.commandLine(), "choose a command: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
