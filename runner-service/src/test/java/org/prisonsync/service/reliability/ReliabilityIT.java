package org.prisonsync.service.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fault matrix at CI size, asserting zero duplicates and zero loss on every build. */
class ReliabilityIT {
    @TempDir
    Path work;

    @Test
    void noDuplicatesAndNoLossUnderTheFullFaultMatrix() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ReliabilityHarness.postgresReachable()) {
            if (ci) {
                throw new AssertionError("PostgreSQL on 127.0.0.1:5432 is required when CI=true");
            }
            assumeTrue(false, "PostgreSQL on 127.0.0.1:5432 is not reachable; skipping outside CI");
        }
        ReliabilityHarness.Report report = new ReliabilityHarness(1_000, work).run();
        System.out.println(report.figures());

        assertThat(report.duplicates()).as("duplicates").isZero();
        assertThat(report.lost()).as("lost").isZero();
        assertThat(report.unmappedNomisVisits()).as("NOMIS visits without a mapping").isZero();
        assertThat(report.nomisVisits()).isEqualTo(report.eventsSent());
        assertThat(report.unexpectedDlq()).as("unexpected DLQ messages").isEmpty();
        assertThat(report.poisonOnDlq()).as("planted poison dead-lettered (the unknown type is acknowledged)")
                .isEqualTo(report.plantedPoison() - 1);
        assertThat(report.faultsInjected().get("timeoutAfterSuccess")).isPositive();
        assertThat(report.faultsInjected().get("error")).isPositive();
        assertThat(report.faultsInjected().get("duplicatePublish")).isPositive();
        assertThat(report.createsByB()).as("the second instance did share the work").isPositive();
    }
}
