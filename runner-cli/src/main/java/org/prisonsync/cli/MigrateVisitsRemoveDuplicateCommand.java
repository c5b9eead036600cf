package org.prisonsync.cli;

import org.prisonsync.core.visits.VisitsDomain;
import java.util.concurrent.Callable;
import org.prisonsync.core.visits.VisitMigrationRepairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrate visits remove-duplicate}: the repair for a {@code visits-migration-entity-duplicate} report. */
@Command(name = "remove-duplicate", mixinStandardHelpOptions = true,
        description = {"Remove a DPS visit that is an unmapped copy of a migrated NOMIS visit.",
            "The copy is the duplicateDpsId of a visits-migration-entity-duplicate report. Refuses a mapped DPS "
                + "visit, a NOMIS visit with no mapped copy to keep, and a visit of another prisoner, prison or day.",
            "Same as DELETE /migrate/visits/{nomisVisitId}/duplicates/{reference}.",
            "Example: prison-sync migrate visits remove-duplicate --nomis-visit-id 123 --dps-reference ab-cd-ef-gh"
                + " --dry-run"})
final class MigrateVisitsRemoveDuplicateCommand implements Callable<Integer> {
    @ParentCommand
    MigrateCommand.Visits visits;
    @Spec
    CommandSpec spec;
    @Option(names = "--nomis-visit-id", required = true, description = "the migrated NOMIS visit")
    long nomisVisitId;
    @Option(names = "--dps-reference", required = true, description = "the duplicate DPS visit to remove")
    String reference;
    @Option(names = "--dry-run", description = "print the plan, change nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        if (nomisVisitId < 1 || !VisitMigrationRepairs.isReference(reference)) {
            spec.commandLine().getErr().println("error: --nomis-visit-id must be a positive number and"
                    + " --dps-reference a visit reference like ab-cd-ef-gh");
            return ExitCodes.USAGE;
        }
        return VisitsCommand.print(spec, visits.migrate.root.access.core().domain(VisitsDomain.class).migrationRepairs()
                .removeDuplicate(nomisVisitId, reference, dryRun));
    }
}
