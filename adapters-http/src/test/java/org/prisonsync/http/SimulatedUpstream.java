package org.prisonsync.http;

import java.util.List;
import okhttp3.OkHttpClient;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.Simulator;
import org.prisonsync.simulator.SimulatorSettings;
import org.prisonsync.simulator.visits.VisitsSimulation;

/**
 * A simulator on a dynamic loopback port that wants a bearer token on every NOMIS and DPS call, and the settings and
 * client the HTTP adapters need to reach it through its own token endpoint. Its events go to in-memory queues.
 */
public final class SimulatedUpstream implements AutoCloseable {
    private static final String TO_NOMIS = "contract-to-nomis";
    private static final String FROM_NOMIS = "contract-from-nomis";

    public final Simulator simulator;
    public final HttpSettings settings;
    public final OkHttpClient client;

    public SimulatedUpstream() {
        InMemoryQueues queues = new InMemoryQueues(List.of(
                QueueDefinition.withDefaults("tonomis", TO_NOMIS, TO_NOMIS + "-dlq"),
                QueueDefinition.withDefaults("fromnomis", FROM_NOMIS, FROM_NOMIS + "-dlq")));
        simulator = Simulator.start(SimulatorSettings.defaults().withQueue(VisitsSimulation.TO_NOMIS_QUEUE, TO_NOMIS)
                .withQueue(VisitsSimulation.FROM_NOMIS_QUEUE, FROM_NOMIS).withRequireAuth(true), queues);
        settings = HttpSettings.defaults(simulator.baseUrl())
                .withClientCredentials(simulator.tokenUrl(), "prison-sync", "contract-secret");
        client = HttpAdapters.client(settings);
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        simulator.close();
    }
}
