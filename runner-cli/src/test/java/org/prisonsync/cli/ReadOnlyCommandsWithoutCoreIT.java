package org.prisonsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the CLI's real component and an H2 database: {@code mapping show --type} and {@code migrate history} open
 * the database and the one store each reads. The configuration makes building the core fail (an out-of-range {@code ALERTS_WINDOW_SECONDS} is
 * refused when the core's notifier is provided), so a command that builds the core ends in that error and one that
 * does not answers from the store.
 */
class ReadOnlyCommandsWithoutCoreIT {
    @TempDir
    Path data;

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliMain.run(args, Map.of("PRISON_SYNC_DATA_DIR", data.toString(), "ALERTS_WINDOW_SECONDS", "0"),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void givenAType_thenTheStoreAnswersWithoutTheCore() {
        Result result = run("mapping", "show", "--type", "VISIT", "--prisoner", "A1234BC");

        assertThat(result.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.err()).contains("no VISIT mapping found").doesNotContain("ALERTS_WINDOW_SECONDS");
    }

    @Test
    void givenAMigrationType_thenHistoryIsReadFromTheStoreWithoutTheCore() {
        Result history = run("migrate", "history", "visits");
        Result unknown = run("migrate", "history", "NO_SUCH_TYPE");

        assertThat(history.code()).as(history.err()).isEqualTo(ExitCodes.OK);
        assertThat(history.err()).doesNotContain("ALERTS_WINDOW_SECONDS");
        assertThat(unknown.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.out()).contains("NO_SUCH_TYPE");
    }

    @Test
    void givenNoType_thenTheCoreIsBuiltForTheMappedTypes() {
        Result result = run("mapping", "show", "--prisoner", "A1234BC");

        assertThat(result.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(result.err()).contains("ALERTS_WINDOW_SECONDS must be between 1 and 3600");
    }

    private record Result(int code, String out, String err) {
    }
}
