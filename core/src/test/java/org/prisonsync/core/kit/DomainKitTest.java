package org.prisonsync.core.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.RetryLadder;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.testing.Events;

/** The engine assembled from plug-ins: routing by declared queue, defaults, and the declarations it refuses. */
class DomainKitTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T08:00:00Z"));
    private final InMemoryQueues queues = new InMemoryQueues(List.of());
    private final SharedPorts shared = new SharedPorts(new InMemoryMappingStore(clock), new InMemoryWriteClaims(),
            queues, queues, new RecordingTelemetry(clock), clock);

    /** A domain that records which of its handlers saw which event. */
    private static final class Recording implements SyncDomain {
        final String name;
        final List<QueueSpec> specs;
        final Consumer<DomainKit> extra;
        final List<String> seen = new ArrayList<>();
        DomainDeclaration declared;

        Recording(String name, List<QueueSpec> specs, Consumer<DomainKit> extra) {
            this.name = name;
            this.specs = specs;
            this.extra = extra;
            this.declared = DomainDeclaration.of(name);
        }

        @Override
        public DomainDeclaration declaration() {
            return declared;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<QueueSpec> queues() {
            return specs;
        }

        @Override
        public void install(DomainKit kit) {
            kit.on("prisoner-offender-search.prisoner.received", (event, context) -> {
                seen.add(event.eventType() + "@" + context.queueName());
                return new SyncOutcome.Synced(name + "-received", Map.of());
            });
            extra.accept(kit);
        }
    }

    private static Recording domain(String name, String queueId, Consumer<DomainKit> extra) {
        return new Recording(name, List.of(QueueSpec.of(queueId, "q-" + queueId, Direction.FROM_NOMIS)), extra);
    }

    private static InboundMessage delivery(String queueName, Notification event) {
        return new InboundMessage(queueName, "m-1", 1, event, event.toString(), Map.of());
    }

    @Test
    void anEventTwoDomainsHandleGoesToTheDomainWhoseQueueItArrivedOn() {
        Recording alerts = domain("alerts", "alertsq", kit -> { });
        Recording movements = domain("movements", "movementsq", kit -> { });
        PrisonSyncCore core = PrisonSyncCore.builder(shared).domain(alerts).domain(movements).build();
        Notification received = Events.domainEvent("prisoner-offender-search.prisoner.received", "A1234BC",
                Map.of("nomsNumber", "A1234BC", "reason", "ADMISSION"), clock.instant());

        core.processor().handle(delivery("q-movementsq", received));

        assertThat(movements.seen).containsExactly("prisoner-offender-search.prisoner.received@q-movementsq");
        assertThat(alerts.seen).isEmpty();
    }

    @Test
    void aDomainsOwnInternalMessageIsHandledOnItsQueuesOnlyAndRefusedElsewhere() {
        List<String> handled = new ArrayList<>();
        Recording finance = domain("finance", "financeq", kit -> kit.onInternal("SETTLE_LATER", (message, context) -> {
            handled.add(context.queueName());
            return new SyncOutcome.Synced("settled", Map.of());
        }));
        Recording alerts = domain("alerts", "alertsq", kit -> { });
        PrisonSyncCore core = PrisonSyncCore.builder(shared).domain(finance).domain(alerts).build();
        org.prisonsync.core.message.InternalMessage settle =
                new org.prisonsync.core.message.InternalMessage("SETTLE_LATER", Map.of());

        assertThat(core.processor().handle(new InboundMessage("q-financeq", "m-1", 1, settle, "{}", Map.of())))
                .isEqualTo(org.prisonsync.core.queue.Disposition.ACK);
        assertThat(core.processor().handle(new InboundMessage("q-alertsq", "m-2", 1, settle, "{}", Map.of())))
                .isInstanceOfSatisfying(org.prisonsync.core.queue.Disposition.DeadLetter.class,
                        dead -> assertThat(dead.reason()).contains("no handler for internal message type SETTLE_LATER"));
        assertThat(handled).containsExactly("q-financeq");
    }

    @Test
    void aDeclaredQueueConfigurationDoesNotMentionGetsTheDomainsDefaults() {
        QueueSpec spec = new QueueSpec("slowq", "prison-sync-slow", Direction.MIGRATION, RetryLadder.parse("1, 1"));
        PrisonSyncCore core = PrisonSyncCore.builder(shared)
                .domain(new Recording("slow", List.of(spec), kit -> { }))
                .queues(List.of(QueueDefinition.withDefaults("other", "other-queue", "other-queue-dlq")))
                .build();

        QueueDefinition slow = core.queues().byId("slowq");
        assertThat(slow.queueName()).isEqualTo("prison-sync-slow");
        assertThat(slow.dlqName()).isEqualTo("prison-sync-slow-dlq");
        assertThat(slow.ladder().toString()).isEqualTo("1, 1");
        assertThat(core.queues().byId("other").queueName()).isEqualTo("other-queue");
    }

    @Test
    void configuredNamesWinOverTheDeclaredDefaults() {
        PrisonSyncCore core = PrisonSyncCore.builder(shared)
                .domain(domain("alerts", "alertsq", kit -> assertThat(kit.queue("alertsq").queueName())
                        .isEqualTo("prod-alerts")))
                .queues(List.of(QueueDefinition.withDefaults("alertsq", "prod-alerts", "prod-alerts-dlq")))
                .build();

        assertThat(core.queues().byName("prod-alerts").id()).isEqualTo("alertsq");
    }

    @Test
    void refusesTwoDomainsDeclaringOneQueueTheSameDomainTwiceAndADomainReachingForAnotherDomainsQueue() {
        assertThatThrownBy(() -> PrisonSyncCore.builder(shared).domain(domain("a", "sameq", kit -> { }))
                .domain(domain("b", "sameq", kit -> { })).build())
                .hasMessageContaining("queue 'sameq' is declared by both a and b");
        assertThatThrownBy(() -> PrisonSyncCore.builder(shared).domain(domain("a", "aq", kit -> { }))
                .domain(domain("a", "bq", kit -> { })))
                .hasMessageContaining("domain a is installed twice");
        assertThatThrownBy(() -> PrisonSyncCore.builder(shared).domain(domain("a", "aq", kit -> { }))
                .domain(domain("b", "bq", kit -> kit.queue("aq"))).build())
                .hasMessageContaining("domain b did not declare a queue 'aq'");
    }

    @Test
    void collectsTheDomainsJobsAndRefusesTwoWithOneName() {
        ScheduledWork nightly = new ScheduledWork("nightly-check", "45 4 * * *", () -> "ok");
        PrisonSyncCore core = PrisonSyncCore.builder(shared).domain(domain("a", "aq", kit -> kit.job(nightly)))
                .build();
        assertThat(core.jobs()).containsExactly(nightly);
        assertThat(core.domain(Recording.class).name()).isEqualTo("a");

        assertThatThrownBy(() -> PrisonSyncCore.builder(shared).domain(domain("a", "aq", kit -> kit.job(nightly)))
                .domain(domain("b", "bq", kit -> kit.job(nightly))).build())
                .hasMessageContaining("two jobs are named nightly-check");
        assertThatThrownBy(() -> new ScheduledWork("x1", "every day", () -> "")).hasMessageContaining("cron");
        assertThatThrownBy(() -> QueueSpec.of("Bad_Id", "n", Direction.TO_NOMIS)).hasMessageContaining("lower-case");
    }

    @Test
    void aDomainRegistersOnlyTheMappingsAndReconciliationsItDeclaresAndRunnersMustBeGivenExactlyThose() {
        org.prisonsync.core.sync.MappingFacts facts = new org.prisonsync.core.sync.MappingFacts() {
            @Override
            public org.prisonsync.core.mapping.ClaimKey claimOf(org.prisonsync.core.mapping.Mapping mapping) {
                throw new UnsupportedOperationException("no retry arrives here");
            }

            @Override
            public org.prisonsync.core.sync.MappingCheck check(org.prisonsync.core.mapping.Mapping mapping) {
                throw new UnsupportedOperationException("no retry arrives here");
            }
        };
        Recording widgets = domain("widgets", "widgetsq", kit -> kit.onMappingRetry("widget", "WIDGET", "CREATED",
                facts).reconciliation(reconciliation("widgets")));
        widgets.declared = DomainDeclaration.of("widgets").maps("WIDGET").reconciles("widgets");
        Recording plain = domain("plain", "plainq", kit -> { });

        PrisonSyncCore core = PrisonSyncCore.builder(shared).domain(widgets).domain(plain).build();

        assertThat(core.registered()).containsExactly(widgets.declared, DomainDeclaration.of("plain"));
        assertThat(core.routes().mappedEntityTypes()).containsExactly("WIDGET");
        assertThat(DomainDeclaration.mappedEntityTypes(core.registered())).containsExactly("WIDGET");
        core.requireDeclared(java.util.Set.of(widgets.declared, DomainDeclaration.of("plain")));
        assertThatThrownBy(() -> core.requireDeclared(List.of(widgets.declared)))
                .hasMessageContaining("domain plain registered");
        assertThatThrownBy(() -> core.requireDeclared(List.of(widgets.declared, DomainDeclaration.of("plain"),
                DomainDeclaration.of("gone")))).hasMessageContaining("no installed domain registered");
        // declaring more than it registers is caught where runners check, as a stale declaration would be
        assertThatThrownBy(() -> core.requireDeclared(List.of(widgets.declared.reconciles("widgets-weekly"),
                DomainDeclaration.of("plain")))).hasMessageContaining("domain widgets registered");

        Recording undeclaredMapping = domain("a", "aq", kit -> kit.onMappingRetry("x", "X", "CREATED", facts));
        assertThatThrownBy(() -> PrisonSyncCore.builder(shared).domain(undeclaredMapping).build())
                .hasMessageContaining("domain a saves mappings of entity type X, which its declaration does not name");
        Recording undeclaredReconciliation = domain("a", "aq", kit -> kit.reconciliation(reconciliation("a-weekly")));
        assertThatThrownBy(() -> PrisonSyncCore.builder(shared).domain(undeclaredReconciliation).build())
                .hasMessageContaining("domain a runs a reconciliation called a-weekly, which its declaration does"
                        + " not name");
    }

    private static org.prisonsync.core.reconciliation.Reconciliation<String> reconciliation(String name) {
        return new org.prisonsync.core.reconciliation.Reconciliation<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public org.prisonsync.core.reconciliation.Population<String> population(
                    org.prisonsync.core.reconciliation.ReconciliationParameters parameters) {
                throw new UnsupportedOperationException("never run here");
            }

            @Override
            public Optional<org.prisonsync.core.reconciliation.Mismatch> check(String item,
                    org.prisonsync.core.reconciliation.ReconciliationParameters parameters) {
                return Optional.empty();
            }

            @Override
            public String key(String item) {
                return item;
            }
        };
    }

    @Test
    void withoutADomainDeclaringAMigrationThereAreNoMigrations() {
        PrisonSyncCore core = PrisonSyncCore.builder(shared).domain(domain("a", "aq", kit -> { })).build();
        assertThatThrownBy(core::migrations).hasMessageContaining("no installed domain declares a migration");
    }

    @Test
    void whatOneDomainOffersAnotherFindsWhenItAsksWhateverTheOrderTheyInstalledIn() {
        List<java.util.function.Supplier<java.util.Optional<org.prisonsync.core.offers.NomisSentenceAdjustments>>>
                asked = new ArrayList<>();
        org.prisonsync.core.offers.NomisSentenceAdjustments created = (id, offenderNo, booking, sequence, props,
                context) -> new SyncOutcome.Synced("created-" + id, Map.of());
        // the asking domain installs first: what it is offered is looked up when it asks
        Recording courts = domain("courts", "courtsq", kit -> asked.add(kit.offered(
                org.prisonsync.core.offers.NomisSentenceAdjustments.class)));
        Recording adjustments = domain("adjustments", "adjustmentsq", kit -> kit.offer(
                org.prisonsync.core.offers.NomisSentenceAdjustments.class, created));

        PrisonSyncCore.builder(shared).domain(courts).domain(adjustments).build();

        assertThat(asked).singleElement().satisfies(offered -> assertThat(offered.get()).contains(created));
        List<java.util.function.Supplier<java.util.Optional<org.prisonsync.core.offers.NomisSentenceAdjustments>>>
                alone = new ArrayList<>();
        PrisonSyncCore.builder(shared).domain(domain("courts", "courtsq", kit -> alone.add(kit.offered(
                org.prisonsync.core.offers.NomisSentenceAdjustments.class)))).build();
        assertThat(alone.get(0).get()).isEmpty();
    }

    @Test
    void anOfferOfADomainsOwnTypeOrTwoOffersOfOneAreRefused() {
        assertThatThrownBy(() -> PrisonSyncCore.builder(shared).domain(domain("a", "aq", kit -> kit.offer(
                Runnable.class, () -> { }))).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("org.prisonsync.core.offers");
        org.prisonsync.core.offers.NomisSentenceAdjustments none = (id, offenderNo, booking, sequence, props,
                context) -> new SyncOutcome.Ignored("none", Map.of(), "none");
        assertThatThrownBy(() -> PrisonSyncCore.builder(shared)
                .domain(domain("a", "aq", kit -> kit.offer(org.prisonsync.core.offers.NomisSentenceAdjustments.class,
                        none)))
                .domain(domain("b", "bq", kit -> kit.offer(org.prisonsync.core.offers.NomisSentenceAdjustments.class,
                        none))).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("offered by both a and b");
    }
}
