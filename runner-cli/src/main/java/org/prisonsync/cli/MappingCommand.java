package org.prisonsync.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mapping show}: find NOMIS⇄DPS id pairs. */
@Command(name = "mapping", mixinStandardHelpOptions = true, description = "Look up NOMIS<->DPS id mappings.",
        subcommands = {MappingCommand.Show.class})
public final class MappingCommand {
    @ParentCommand
    PrisonSyncCommand root;

    /** Shows the mapping(s) for one id or one prisoner. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show the mapping of a DPS id or a NOMIS id, or every mapping of a prisoner.",
                "Without --type the id is looked up under every entity type whose creates the domains map.",
                "Example: prison-sync mapping show --dps-id ab-cd-ef-gh"})
    static final class Show implements Callable<Integer> {
        @ParentCommand
        MappingCommand mapping;
        @Spec
        CommandSpec spec;
        @Option(names = "--type", description = "the entity type, as the mapping records it (default: every mapped type)")
        String type;
        @ArgGroup(multiplicity = "1")
        Key key;

        /** Exactly one way to find the mapping. */
        static final class Key {
            @Option(names = "--dps-id", description = "the DPS id (a reference, a UUID, a number)")
            String dpsId;
            @Option(names = "--nomis-id", description = "the NOMIS id")
            String nomisId;
            @Option(names = "--prisoner", description = "a prisoner number, e.g. A1234BC")
            String prisoner;
        }

        @Override
        public Integer call() {
            CoreAccess access = mapping.root.access;
            // The mapped types come from the domains' declarations, so neither way builds the core.
            Collection<String> types = type != null ? List.of(type) : access.mappedEntityTypes();
            MappingStore store = access.mappings();
            List<Mapping> found = new ArrayList<>();
            for (String entityType : types) {
                found.addAll(find(store, entityType));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("no " + (type == null ? "" : type + " ") + "mapping found");
                return ExitCodes.NOT_FOUND;
            }
            out.printf("%-8s %-14s %-40s %-10s %-12s %-22s %s%n", "TYPE", "NOMIS-ID", "DPS-ID", "PRISONER",
                    "MAPPING-TYPE", "LABEL", "CREATED");
            for (Mapping m : found) {
                out.printf("%-8s %-14s %-40s %-10s %-12s %-22s %s%n", m.entityType(), m.nomisId(), m.dpsId(),
                        m.prisonerNumber() == null ? "-" : m.prisonerNumber(), m.mappingType(),
                        m.label() == null ? "-" : m.label(), m.whenCreated());
            }
            return ExitCodes.OK;
        }

        private List<Mapping> find(MappingStore store, String entityType) {
            if (key.prisoner != null) {
                return store.findByPrisoner(entityType, key.prisoner);
            }
            return (key.dpsId != null ? store.findByDpsId(entityType, key.dpsId)
                    : store.findByNomisId(entityType, key.nomisId)).stream().toList();
        }
    }
}
