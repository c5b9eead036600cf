package org.prisonsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void aLineShowsTheBarCountsPercentRateAndEta() {
        String line = ProgressBar.line(50_000, 200_000, Duration.ofSeconds(10).toNanos());

        assertThat(line).startsWith("[########......")
                .contains("50,000 / 200,000", " 25%", "5,000/s", "ETA 0:30");
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlace() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), true, Duration.ofSeconds(5), 0);

        bar.update(10, 100, Duration.ofSeconds(1).toNanos());
        bar.update(20, 100, Duration.ofSeconds(2).toNanos());
        bar.finish();

        assertThat(text.toString()).startsWith("\r[").contains("\r[######").doesNotContain("\n[").endsWith("\n");
    }

    @Test
    void intoAFileALineIsPrintedOnlyEveryFewSeconds() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text, true), false, Duration.ofSeconds(5), 0);

        for (int second = 0; second <= 12; second++) {
            bar.update(second * 10L, 200, Duration.ofSeconds(second).toNanos());
        }

        assertThat(text.toString()).doesNotContain("\r").hasLineCount(3);
    }

    @Test
    void aFinishedRunHasNoEta() {
        assertThat(ProgressBar.line(100, 100, Duration.ofSeconds(4).toNanos())).contains("100%", "ETA --:--");
    }
}
