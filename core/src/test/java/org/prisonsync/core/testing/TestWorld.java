package org.prisonsync.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.inmemory.InMemoryMigrationFailures;
import org.prisonsync.core.inmemory.InMemoryMigrationHistory;
import org.prisonsync.core.visits.inmemory.InMemoryVisitRoomMappings;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.migration.MigrationStores;
import org.prisonsync.core.visits.VisitsDomain;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingStepTrail;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.FeatureSwitches;
import org.prisonsync.core.sync.MessageProcessor;
import org.prisonsync.core.sync.SyncSettings;
import org.prisonsync.core.telemetry.FanOutTelemetry;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.core.trail.TrailTelemetry;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.VisitsSync;

/**
 * The core over in-memory ports, with DPS and NOMIS that publish what the real systems publish: every DPS visit change
 * becomes a {@code prison-visit.<kind>} domain event on the to-NOMIS queue, every NOMIS visit cancellation a
 * {@code VISIT_CANCELLED} offender event on the from-NOMIS queue. Tests act as users of either system and then
 * {@link #pumpAll()} until the two systems have settled.
 *
 * <p>NOMIS is reached through a {@link FlakyVisitsNomisApi} and the mappings through a {@link FailingMappingStore},
 * both harmless unless the builder asks for failures, so every test can count NOMIS creates and failed saves.
 */
public final class TestWorld {
    public static final Instant START = Instant.parse("2026-02-01T10:00:00Z");
    public static final String TO_NOMIS = "prison-sync-visits-to-nomis";
    public static final String TO_NOMIS_DLQ = "prison-sync-visits-to-nomis-dlq";
    public static final String FROM_NOMIS = "prison-sync-visits-from-nomis";
    public static final String FROM_NOMIS_DLQ = "prison-sync-visits-from-nomis-dlq";
    public static final String INSTANCE = "test-instance";

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryMappingStore storedMappings = new InMemoryMappingStore(clock);
    private final FailingMappingStore mappings;
    private final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    private final InMemoryQueues queues;
    private final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    private final InMemoryVisitsNomisApi nomis = new InMemoryVisitsNomisApi(clock);
    private final FlakyVisitsNomisApi nomisPort;
    private final InMemoryVisitsDpsApi dps = new InMemoryVisitsDpsApi();
    private final PrisonSyncCore core;
    private final List<QueueDefinition> definitions;
    private final int deliveries;

    private TestWorld(Builder builder) {
        this.deliveries = builder.deliveries;
        this.definitions = List.of(
                QueueDefinition.withDefaults("visits", TO_NOMIS, TO_NOMIS_DLQ)
                        .withMaxReceiveCount(builder.maxReceiveCount),
                QueueDefinition.withDefaults("eventvisits", FROM_NOMIS, FROM_NOMIS_DLQ)
                        .withMaxReceiveCount(builder.maxReceiveCount));
        this.queues = new InMemoryQueues(definitions);
        this.mappings = new FailingMappingStore(storedMappings, builder.failingMappingSaves);
        this.nomisPort = new FlakyVisitsNomisApi(nomis, builder.lostResponsePercent, builder.seed);
        List<Telemetry> sinks = new ArrayList<>(List.of(telemetry));
        if (builder.trail != null) {
            sinks.add(builder.trail);
        }
        if (builder.stepTrail != null) {
            sinks.add(builder.stepTrail);
        }
        Telemetry tracked = sinks.size() == 1 ? telemetry : new FanOutTelemetry(sinks);
        this.core = PrisonSyncCore.builder(new SharedPorts(mappings, claims, queues, queues, tracked, clock))
                .domain(new VisitsDomain(nomisPort, dps, new InMemoryVisitRoomMappings()))
                .queues(definitions)
                .switches(builder.switches)
                .settings(new SyncSettings(INSTANCE, builder.claimLease))
                .migrationStores(new MigrationStores(new InMemoryMigrationHistory(), new InMemoryMigrationFailures(),
                        null))
                .build();
        dps.onChange(change -> publish(TO_NOMIS,
                Events.dpsVisit(change.kind(), change.visit(), change.source(), clock.instant())));
        nomis.onChange(change -> {
            if ("CANCELLED".equals(change.kind())) {
                publish(FROM_NOMIS, Events.nomisVisitCancelled(change.visit(), change.auditModuleName(),
                        clock.instant()));
            }
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    public static TestWorld create() {
        return builder().build();
    }

    private void publish(String queueName, Envelope event) {
        for (int i = 0; i < deliveries; i++) {
            queues.send(queueName, event);
        }
    }

    /** Pumps both queues until both are empty; returns how many deliveries were made. */
    public int pumpAll() {
        int delivered = 0;
        while (true) {
            int round = queues.pump(TO_NOMIS, processor()) + queues.pump(FROM_NOMIS, processor());
            if (round == 0) {
                return delivered;
            }
            delivered += round;
        }
    }

    /** Puts one message on a queue (once, whatever the delivery count). */
    public void send(String queueName, Envelope message) {
        queues.send(queueName, message);
    }

    /** Hands one delivery straight to the processor, bypassing the queue, and returns its disposition. */
    public Disposition handle(String queueName, Envelope message, int receiveCount) {
        return processor().handle(new InboundMessage(queueName, "test-" + receiveCount + "-" + message.type(),
                receiveCount, message, message.toString(), Map.of()));
    }

    public Disposition handle(String queueName, Envelope message) {
        return handle(queueName, message, 1);
    }

    /** Takes every message off a queue without handling it, e.g. to deliver one by hand or to lose it. */
    public List<Envelope> drain(String queueName) {
        List<Envelope> taken = queues.messages(queueName).stream().map(InMemoryQueues.Entry::envelope).toList();
        queues.purge(queueName);
        return taken;
    }

    public Optional<Mapping> mappingOf(String reference) {
        return storedMappings.findByDpsId(VisitsSync.ENTITY_TYPE, reference);
    }

    /** The NOMIS visit the mapping of a DPS visit points at. */
    public Optional<NomisVisit> nomisVisitOf(String reference) {
        return mappingOf(reference).flatMap(m -> nomis.findVisit(Long.parseLong(m.nomisId())));
    }

    public List<InMemoryQueues.Entry> dlq(String dlqName) {
        return queues.messages(dlqName);
    }

    public MessageProcessor processor() {
        return core.processor();
    }

    public PrisonSyncCore core() {
        return core;
    }

    public MutableClock clock() {
        return clock;
    }

    /** The mappings as stored (no injected failures). */
    public InMemoryMappingStore mappings() {
        return storedMappings;
    }

    public FailingMappingStore mappingPort() {
        return mappings;
    }

    public InMemoryWriteClaims claims() {
        return claims;
    }

    public InMemoryQueues queues() {
        return queues;
    }

    public RecordingTelemetry telemetry() {
        return telemetry;
    }

    public InMemoryVisitsNomisApi nomis() {
        return nomis;
    }

    public FlakyVisitsNomisApi nomisPort() {
        return nomisPort;
    }

    public InMemoryVisitsDpsApi dps() {
        return dps;
    }

    public List<QueueDefinition> definitions() {
        return definitions;
    }

    /** Options for a world; the defaults are a healthy system, each event published once, five receives before the DLQ. */
    public static final class Builder {
        private int maxReceiveCount = QueueDefinition.DEFAULT_MAX_RECEIVE_COUNT;
        private int deliveries = 1;
        private int lostResponsePercent;
        private long seed = 42;
        private int failingMappingSaves;
        private FeatureSwitches switches = FeatureSwitches.allOn();
        private Duration claimLease = Duration.ofSeconds(30);
        private RecordingStepTrail stepTrail;
        private TrailTelemetry trail;

        public Builder maxReceiveCount(int count) {
            this.maxReceiveCount = count;
            return this;
        }

        /** How many times every published event is put on its queue (at-least-once delivery). */
        public Builder deliveries(int count) {
            this.deliveries = count;
            return this;
        }

        /** A share of NOMIS visit creates that succeed but whose response is lost. */
        public Builder lostCreateResponses(int percent, long randomSeed) {
            this.lostResponsePercent = percent;
            this.seed = randomSeed;
            return this;
        }

        public Builder failingMappingSaves(int count) {
            this.failingMappingSaves = count;
            return this;
        }

        public Builder switches(FeatureSwitches featureSwitches) {
            this.switches = featureSwitches;
            return this;
        }

        public Builder claimLease(Duration lease) {
            this.claimLease = lease;
            return this;
        }

        /** A telemetry sink that keeps the steps inside each sync with its outcome (none by default). */
        public Builder stepTrail(RecordingStepTrail steps) {
            this.stepTrail = steps;
            return this;
        }

        /** An event trail fed as a runner feeds it: every tracked event, and the steps inside each sync. */
        public Builder trail(TrailTelemetry eventTrail) {
            this.trail = eventTrail;
            return this;
        }

        public TestWorld build() {
            return new TestWorld(this);
        }
    }
}
