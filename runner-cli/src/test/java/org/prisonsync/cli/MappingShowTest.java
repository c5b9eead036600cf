package org.prisonsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.mapping.Mapping;

/**
 * {@code mapping show --type} reads the mapping store alone: the core (every domain's adapters, the engine) is built
 * only when the command needs the list of mapped types, i.e. without {@code --type}.
 */
class MappingShowTest {
    private final InMemoryMappingStore store = new InMemoryMappingStore();
    private final CoreAccess access = new CoreAccess(() -> {
        throw new AssertionError("mapping show --type must not build the core");
    }, () -> store, () -> {
        throw new AssertionError("mapping show does not read migration runs");
    });

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliMain.run(args, access, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void givenAType_thenTheMappingIsReadFromTheStoreWithoutBuildingTheCore() {
        store.save(Mapping.of("VISIT", "101", "dps-101", "A1234BC", "ONLINE"));
        store.save(Mapping.of("VISIT", "102", "dps-102", "B1234BC", "MIGRATED"));

        Result byPrisoner = run("mapping", "show", "--type", "VISIT", "--prisoner", "A1234BC");
        Result byDpsId = run("mapping", "show", "--type", "VISIT", "--dps-id", "dps-102");

        assertThat(byPrisoner.code()).isEqualTo(ExitCodes.OK);
        assertThat(byPrisoner.out()).contains("dps-101", "A1234BC", "ONLINE").doesNotContain("dps-102");
        assertThat(byDpsId.code()).isEqualTo(ExitCodes.OK);
        assertThat(byDpsId.out()).contains("102", "B1234BC", "MIGRATED");
        assertThat(access.built()).isFalse();
    }

    @Test
    void givenATypeWithNoMapping_thenNotFoundWithoutBuildingTheCore() {
        Result result = run("mapping", "show", "--type", "ALERT", "--nomis-id", "7");

        assertThat(result.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.err()).contains("no ALERT mapping found");
        assertThat(access.built()).isFalse();
    }

    private record Result(int code, String out, String err) {
    }
}
