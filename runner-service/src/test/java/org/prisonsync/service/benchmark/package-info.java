/**
 * The visits migration benchmark ({@link org.prisonsync.service.benchmark.MigrationBenchmark}), run by hand and not
 * by the test suite: the simulated outside world in a child JVM, the service in this one on PostgreSQL, and a "bare
 * calls" baseline measured in the same run. docs/benchmarks.md has the command and the figures.
 */
package org.prisonsync.service.benchmark;
