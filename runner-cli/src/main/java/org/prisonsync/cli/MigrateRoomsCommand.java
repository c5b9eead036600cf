package org.prisonsync.cli;

import org.prisonsync.core.visits.VisitsDomain;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.prisonsync.core.visits.VisitRoomMapping;
import org.prisonsync.core.visits.VisitRoomUsage;
import org.prisonsync.core.visits.VisitsMigration;
import org.prisonsync.core.visits.VisitsMigrationFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrate rooms usage|list|add|remove}: the room mappings future visits need before they migrate. */
@Command(name = "rooms", mixinStandardHelpOptions = true,
        description = {"Map NOMIS visit rooms to DPS rooms, as future visits need before they migrate.",
            "A future visit migrates only once its NOMIS room (the internal location description, e.g. "
                + "MDI-VISITS-SOC_VIS) is mapped to a DPS room. 'usage' shows which rooms future visits use and "
                + "whether each is mapped."},
        subcommands = {MigrateRoomsCommand.Usage.class, MigrateRoomsCommand.ListRooms.class,
            MigrateRoomsCommand.Add.class, MigrateRoomsCommand.Remove.class})
final class MigrateRoomsCommand {
    @ParentCommand
    MigrateCommand migrate;

    VisitsMigration visits() {
        return migrate.root.access.core().domain(VisitsDomain.class).migration();
    }

    /** Future visits per NOMIS room, with the DPS room each is mapped to. */
    @Command(name = "usage", mixinStandardHelpOptions = true,
            description = "Future visits per NOMIS room and the DPS room it maps to ('-' when unmapped).")
    static final class Usage implements Callable<Integer> {
        @ParentCommand
        MigrateRoomsCommand rooms;
        @Spec
        CommandSpec spec;
        @Option(names = "--prison", paramLabel = "PRISON", description = "a prison id (repeat; default all)")
        List<String> prisons = new ArrayList<>();
        @Option(names = "--visit-type", paramLabel = "TYPE", description = "SCON or OFFI (repeat; default SCON)")
        List<String> visitTypes = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<VisitRoomUsage> usage = rooms.visits().roomUsage(
                    new VisitsMigrationFilter(prisons, visitTypes, null, null, false));
            out.printf("%-6s %-36s %8s  %s%n", "PRISON", "NOMIS ROOM", "VISITS", "DPS ROOM");
            for (VisitRoomUsage u : usage) {
                out.printf("%-6s %-36s %8d  %s%n", u.prisonId(), u.agencyInternalLocationDescription(), u.count(),
                        u.vsipRoom() == null ? "- (unmapped: these visits will fail)" : u.vsipRoom());
            }
            return ExitCodes.OK;
        }
    }

    /** A prison's room mappings. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "The room mappings of a prison.")
    static final class ListRooms implements Callable<Integer> {
        @ParentCommand
        MigrateRoomsCommand rooms;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "PRISON")
        String prison;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-36s %-30s %s%n", "NOMIS ROOM", "DPS ROOM", "RESTRICTION");
            for (VisitRoomMapping m : rooms.visits().roomMappings().forPrison(prison)) {
                out.printf("%-36s %-30s %s%n", m.nomisRoomDescription(), m.vsipId(), m.isOpen() ? "OPEN" : "CLOSED");
            }
            return ExitCodes.OK;
        }
    }

    /** Maps a room. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Map a NOMIS room to a DPS room; its future visits migrate OPEN, or CLOSED with --closed.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        MigrateRoomsCommand rooms;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PRISON")
        String prison;
        @Parameters(index = "1", paramLabel = "NOMIS_ROOM", description = "e.g. MDI-VISITS-SOC_VIS")
        String nomisRoom;
        @Parameters(index = "2", paramLabel = "DPS_ROOM", description = "the DPS (VSIP) room id")
        String dpsRoom;
        @Option(names = "--closed", description = "visits in this room are closed visits")
        boolean closed;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (!rooms.visits().roomMappings().create(new VisitRoomMapping(prison, nomisRoom, dpsRoom, !closed))) {
                out.printf("%s %s is already mapped: remove it first to change it%n", prison, nomisRoom);
                return ExitCodes.REFUSED;
            }
            out.printf("mapped %s %s -> %s (%s)%n", prison, nomisRoom, dpsRoom, closed ? "CLOSED" : "OPEN");
            return ExitCodes.OK;
        }
    }

    /** Removes a room mapping. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a room mapping.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        MigrateRoomsCommand rooms;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PRISON")
        String prison;
        @Parameters(index = "1", paramLabel = "NOMIS_ROOM")
        String nomisRoom;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (!rooms.visits().roomMappings().delete(prison, nomisRoom)) {
                out.printf("%s %s is not mapped%n", prison, nomisRoom);
                return ExitCodes.NOT_FOUND;
            }
            out.printf("removed the mapping of %s %s%n", prison, nomisRoom);
            return ExitCodes.OK;
        }
    }
}
