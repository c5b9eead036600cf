package org.prisonsync.service.benchmark;

import java.io.IOException;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.simulator.SimulatorSettings;
import org.prisonsync.sqs.EmbeddedElasticMq;

/**
 * The benchmark's outside world in its own JVM, so that the service's heap and the simulated systems' heaps are
 * measured apart: ElasticMQ on {@code args[0]} and the simulator (NOMIS + DPS over HTTP) on {@code args[1]}; either
 * argument {@code -} leaves that part out, so the sync benchmark runs each in a JVM of its own and reads their CPU
 * apart. Prints {@code READY} when both listen and stops when its standard input closes (the benchmark ended or died).
 */
public final class BenchmarkUpstream {
    private BenchmarkUpstream() {
    }

    public static void main(String[] args) throws IOException {
        EmbeddedElasticMq sqs = args[0].equals("-") ? null : EmbeddedElasticMq.start("127.0.0.1",
                Integer.parseInt(args[0]));
        // The benchmarks publish their own events (the sync benchmark times each); the simulator's would be extra load.
        MessageQueue nowhere = (queue, message, delay, attributes) -> { };
        Simulator simulator = args[1].equals("-") ? null : Simulator.start(SimulatorSettings.defaults()
                .withPort(Integer.parseInt(args[1])), nowhere);
        System.out.println("READY");
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to close our input
        }
        if (simulator != null) {
            simulator.close();
        }
        if (sqs != null) {
            sqs.close();
        }
    }
}
