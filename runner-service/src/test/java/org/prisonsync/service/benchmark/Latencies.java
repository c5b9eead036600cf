package org.prisonsync.service.benchmark;

import java.util.Arrays;

/** Percentiles of a phase's latencies (nanoseconds in, milliseconds out), nearest-rank. */
record Latencies(int count, double p50, double p99, double p999, double max) {

    static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), rank(sorted, 0.999),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    @Override
    public String toString() {
        return String.format("p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms (%,d events)", p50, p99, p999, max,
                count);
    }
}
