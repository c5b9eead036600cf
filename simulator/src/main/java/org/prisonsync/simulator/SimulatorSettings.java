package org.prisonsync.simulator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a {@link Simulator} runs: where it listens, the seed of every random choice (faults, traffic, references),
 * whether the upstream routes want a bearer token from its own token endpoint, where its ids start, which queue
 * receives the events published for each queue id, and the domains' own settings by name.
 *
 * @param queues   physical queue name per queue id (the ids prison-sync's queues have, e.g. {@code tonomisvisits}); a
 *                 domain publishes the events for an id that is absent nowhere
 * @param idBase   0: ids count from their fixed starts, the same on every start (what tests want). Otherwise NOMIS ids
 *                 count from {@code idBase + 1} and DPS references are drawn afresh, so ids never meet those an
 *                 earlier run left in a kept database ({@link #idBaseAt})
 * @param domainSettings the domains' own settings, by the environment variable that sets them (e.g.
 *                 {@code MOCK_VISITS_PRISON_ID}); each domain reads and checks its own
 * @param signingKeyFile where the token issuer keeps its RSA key between runs (made there on the first, as HMPPS Auth's
 *                 key is stable); null: a fresh key each run (tests, in-memory use)
 */
public record SimulatorSettings(String host, int port, long seed, boolean requireAuth, long idBase,
                                Map<String, String> queues, Map<String, String> domainSettings,
                                Path signingKeyFile) {

    /**
     * Ids per millisecond of {@link #idBaseAt}: a run would have to use more than this many per millisecond it ran
     * (a million a second) to reach the ids of a run started after it.
     */
    static final long IDS_PER_MILLISECOND = 1000;
    /** Ids stay below 2^53, so JSON readers that take numbers as doubles (JavaScript) keep them exact. */
    private static final long MAX_ID_BASE = (1L << 53) - 1_000_000_000L;

    public SimulatorSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        if (idBase < 0 || idBase > MAX_ID_BASE) {
            throw new IllegalArgumentException("idBase must be 0-" + MAX_ID_BASE + ", was " + idBase);
        }
        queues = Map.copyOf(new TreeMap<>(Objects.requireNonNullElse(queues, Map.of())));
        domainSettings = Map.copyOf(Objects.requireNonNullElse(domainSettings, Map.of()));
    }

    /** Loopback, a dynamic port, seed 42, no auth, ids from their fixed starts, no queues, every domain's defaults. */
    public static SimulatorSettings defaults() {
        return new SimulatorSettings("127.0.0.1", 0, 42, false, 0, Map.of(), Map.of(), null);
    }

    /**
     * The id base of a simulator started at {@code start}: its epoch milliseconds times {@value #IDS_PER_MILLISECOND}
     * (e.g. 1779032791123000), so each start numbers past every id an earlier start used, whatever the database kept.
     */
    public static long idBaseAt(Instant start) {
        return Math.multiplyExact(start.toEpochMilli(), IDS_PER_MILLISECOND);
    }

    /**
     * {@code base} with every domain setting found in {@code env} (by the names the domains declare); blank values
     * are ignored. A value a domain cannot use is refused here, naming the variable.
     */
    public static SimulatorSettings fromEnv(Map<String, String> env, SimulatorSettings base) {
        SimulatorSettings result = base;
        for (SimulatedDomain.Plugin plugin : SimulatedDomains.all()) {
            for (String name : plugin.settingNames()) {
                String value = env.get(name);
                if (value != null && !value.isBlank()) {
                    result = result.withSetting(name, value.trim());
                }
            }
        }
        for (SimulatedDomain.Plugin plugin : SimulatedDomains.all()) {
            plugin.checkSettings(result);
        }
        return result;
    }

    /** The physical queue for {@code queueId}, if events for it are published. */
    public Optional<String> queue(String queueId) {
        return Optional.ofNullable(queues.get(queueId));
    }

    /** A domain setting, if set. */
    public Optional<String> setting(String name) {
        return Optional.ofNullable(domainSettings.get(name));
    }

    public SimulatorSettings withPort(int newPort) {
        return new SimulatorSettings(host, newPort, seed, requireAuth, idBase, queues, domainSettings, signingKeyFile);
    }

    /** Keeps the signing key in {@code file} (owner-only), so later starts reuse it instead of making one. */
    public SimulatorSettings withSigningKeyFile(Path file) {
        return new SimulatorSettings(host, port, seed, requireAuth, idBase, queues, domainSettings,
                Objects.requireNonNull(file, "file"));
    }

    public SimulatorSettings withRequireAuth(boolean required) {
        return new SimulatorSettings(host, port, seed, required, idBase, queues, domainSettings, signingKeyFile);
    }

    public SimulatorSettings withSeed(long newSeed) {
        return new SimulatorSettings(host, port, newSeed, requireAuth, idBase, queues, domainSettings, signingKeyFile);
    }

    /** The same settings numbering ids from {@code base + 1} (see {@link #idBase}); 0 numbers from 1. */
    public SimulatorSettings withIdBase(long base) {
        return new SimulatorSettings(host, port, seed, requireAuth, base, queues, domainSettings, signingKeyFile);
    }

    /** The same settings publishing the events for {@code queueId} to {@code queueName} (null: not published). */
    public SimulatorSettings withQueue(String queueId, String queueName) {
        Map<String, String> changed = new LinkedHashMap<>(queues);
        if (queueName == null) {
            changed.remove(queueId);
        } else {
            changed.put(Objects.requireNonNull(queueId, "queueId"), queueName);
        }
        return new SimulatorSettings(host, port, seed, requireAuth, idBase, changed, domainSettings, signingKeyFile);
    }

    /** The same settings with every queue of {@code queueNamesById} added (see {@link #withQueue}). */
    public SimulatorSettings withQueues(Map<String, String> queueNamesById) {
        SimulatorSettings result = this;
        for (Map.Entry<String, String> queue : queueNamesById.entrySet()) {
            result = result.withQueue(queue.getKey(), queue.getValue());
        }
        return result;
    }

    /** The same settings with a domain setting set (null: back to the domain's default). */
    public SimulatorSettings withSetting(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(domainSettings);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(Objects.requireNonNull(name, "name"), value);
        }
        return new SimulatorSettings(host, port, seed, requireAuth, idBase, queues, changed, signingKeyFile);
    }
}
