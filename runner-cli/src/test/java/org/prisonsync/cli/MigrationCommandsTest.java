package org.prisonsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryMigrationFailures;
import org.prisonsync.core.inmemory.InMemoryMigrationHistory;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.migration.EntityWrite;
import org.prisonsync.core.migration.MigrationDescriptor;
import org.prisonsync.core.migration.MigrationSettings;
import org.prisonsync.core.migration.MigrationStores;
import org.prisonsync.core.migration.MigrationType;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.queue.QueueDefinition;

/**
 * {@code migrate <type>} made from migration types the CLI has never heard of: two sample domains, each declaring a
 * migration with its own filter, over an in-memory core. The commands come from the declarations alone, and the
 * generic {@code status}, {@code history} and {@code failures} serve both types.
 */
class MigrationCommandsTest {
    /** Widget ids and colours; widget 4 is broken, so DPS refuses it. */
    private static final Map<String, String> WIDGETS = Map.of("1", "red", "2", "blue", "3", "green", "4", "red",
            "5", "blue");

    private final Sample widgets = new Sample("WIDGETS", "widget", "widgets");
    private final Sample gadgets = new Sample("GADGETS", "gadget", "gadgets");
    private final InMemoryQueues queues = new InMemoryQueues(List.of(widgets.queue(), gadgets.queue()));
    private final InMemoryMigrationHistory history = new InMemoryMigrationHistory();
    private final PrisonSyncCore core = PrisonSyncCore.builder(new SharedPorts(
                    new InMemoryMappingStore(Clock.systemUTC()), new InMemoryWriteClaims(), queues, queues,
                    new RecordingTelemetry(), Clock.systemUTC()))
            .domain(widgets).domain(gadgets)
            .queues(List.of(widgets.queue(), gadgets.queue()))
            .migrationStores(new MigrationStores(history, new InMemoryMigrationFailures(),
                    MigrationSettings.immediate()))
            .build();
    private final List<MigrationDescriptor> declared = List.of(gadgets.descriptor, widgets.descriptor);

    @Test
    void givenHelp_thenEachDeclaredTypeIsACommandWithItsFilterAsOptions() {
        Result migrate = runWithoutCore(declared, "migrate", "--help");
        assertThat(migrate.code()).isZero();
        assertThat(migrate.out()).contains("widgets", "Migrate the widgets of some colours.", "gadgets");

        Result help = runWithoutCore(declared, "migrate", "widgets", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Migrate the widgets of some colours.", "Widgets are counted first.",
                "--colour=LIST", "--include-broken[=true|false]", "--preview", "--wait",
                "3 another widgets migration is already running", "POST /migrate/widgets");
    }

    @Test
    void givenABadFilterValueOrNoTypeAmongSeveral_thenItIsAUsageErrorBeforeTheCoreIsBuilt() {
        Result bad = runWithoutCore(declared, "migrate", "widgets", "--min-size", "ten");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--min-size must be a whole number");

        Result which = runWithoutCore(declared, "migrate", "status");
        assertThat(which.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(which.err()).contains("give the migration type, one of: GADGETS, WIDGETS");
        assertThat(runWithoutCore(declared, "migrate", "history").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void givenOneTypeOnly_thenStatusTakesItWhenNoneIsGiven() {
        Result status = run(List.of(widgets.descriptor), "migrate", "status");
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).contains("no WIDGETS migration is running");
    }

    @Test
    void givenAFilter_thenPreviewStartAndTheRunsCommandsWorkForTheType() {
        Result preview = run(declared, "migrate", "widgets", "--colour", "red", "--colour", "blue", "--preview");
        assertThat(preview.code()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("WIDGETS migration would select 4 widget(s)", "warning: 2 red widgets",
                "(preview: nothing started)");
        assertThat(core.migrations().active("WIDGETS")).isEmpty();

        Result start = run(declared, "migrate", "widgets", "--colour", "red,blue", "--min-size", "3");
        assertThat(start.code()).as(start.err()).isZero();
        Matcher started = Pattern.compile("started widgets migration (\\S+): 4 widget\\(s\\) estimated")
                .matcher(start.out());
        assertThat(started.find()).as(start.out()).isTrue();
        String id = started.group(1);
        // the filter reached the type as the API's body gives it
        assertThat(widgets.filters.get(widgets.filters.size() - 1)).isEqualTo(Map.of("colour", List.of("red",
                "blue"), "minSize", 3L, "includeBroken", false));
        assertThat(run(declared, "migrate", "status", "widgets").out()).contains("WIDGETS " + id + " STARTED");
        assertThat(run(declared, "migrate", "widgets", "--colour", "red").code()).isEqualTo(ExitCodes.REFUSED);

        queues.pump(widgets.queue().queueName(), core.processor());
        Result history = run(declared, "migrate", "history", "WIDGETS");
        assertThat(history.out()).contains(id, "COMPLETED");
        Result failures = run(declared, "migrate", "failures", id);
        assertThat(failures.out()).contains(id + ": 1 failed entity", "4 ", "widget 4 is broken");
        assertThat(run(declared, "migrate", "history", "GADGETS").out()).doesNotContain(id);
    }

    @Test
    void givenTheHistoryStore_thenHistoryAnswersAsTheCoreDoesWithoutBuildingIt() {
        assertThat(run(declared, "migrate", "widgets", "--colour", "red").code()).isZero();
        CoreAccess light = new CoreAccess(() -> {
            throw new AssertionError("migrate history must not build the core");
        }, InMemoryMappingStore::new, () -> history);

        for (List<String> args : List.of(List.of("migrate", "history", "WIDGETS"),
                List.of("migrate", "history", " widgets "), List.of("migrate", "history", "GADGETS"),
                List.of("migrate", "history", "widgets", "--only-failures"),
                List.of("migrate", "history", "no-such-type"))) {
            Result withoutCore = run(light, declared, args.toArray(String[]::new));
            Result throughCore = run(declared, args.toArray(String[]::new));
            assertThat(withoutCore).as(String.join(" ", args)).isEqualTo(throughCore);
        }
        assertThat(run(light, declared, "migrate", "history", "widgets").out()).contains("red");
        assertThat(run(light, declared, "migrate", "history", "no-such-type").code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(light.built()).isFalse();
    }

    @Test
    void givenWait_thenTheRunIsWatchedToItsEndAndTheExitCodeSaysHowItEnded() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        // the service's consumers, as a thread pumping the gadgets' queue
        Thread consumers = new Thread(() -> {
            try {
                while (!done.get()) {
                    queues.pump(gadgets.queue().queueName(), core.processor());
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        consumers.start();
        try {
            Result run = run(declared, "migrate", "gadgets", "--colour", "green", "--wait");
            assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).contains("COMPLETED: 1 migrated, 0 failed");

            Result rerun = run(declared, "migrate", "gadgets", "--colour", "green", "--wait");
            assertThat(rerun.out()).contains("COMPLETED: 0 migrated, 0 failed",
                    "the other gadgets estimated were skipped as already mapped",
                    "logged as gadgets-migration-entity-ignored");
        } finally {
            done.set(true);
            consumers.join();
        }
    }

    private Result run(List<MigrationDescriptor> types, String... args) {
        return run(new CoreAccess(() -> core), types, args);
    }

    private static Result runWithoutCore(List<MigrationDescriptor> types, String... args) {
        return run(new CoreAccess(() -> {
            throw new AssertionError("help and usage errors must not build the core");
        }), types, args);
    }

    private static Result run(CoreAccess access, List<MigrationDescriptor> types, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CliMain.run(args, access, List.of(), types, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }

    /** A domain with nothing but a migration of the widgets above (as widgets or gadgets), filtered by colour. */
    private static final class Sample implements SyncDomain {
        final MigrationDescriptor descriptor;
        final QueueSpec spec;
        final List<Map<String, Object>> filters = new ArrayList<>();

        Sample(String name, String entity, String entities) {
            this.descriptor = MigrationDescriptor.of(name).entities(entity, entities)
                    .summary("Migrate the " + entities + " of some colours.")
                    .description(entities.substring(0, 1).toUpperCase() + entities.substring(1)
                            + " are counted first.")
                    .filter(Param.body("colour", ParamType.LIST, "a colour (repeat for several)").optional(),
                            Param.body("minSize", ParamType.LONG, "the smallest size").optional(),
                            Param.body("includeBroken", ParamType.BOOLEAN, "broken ones too").withDefault("false"));
            this.spec = QueueSpec.of("migration" + entities, "q-" + entities, Direction.MIGRATION);
        }

        QueueDefinition queue() {
            return QueueDefinition.withDefaults(spec.id(), spec.defaultName(), spec.defaultName() + "-dlq")
                    .withMaxReceiveCount(1);
        }

        @Override
        public org.prisonsync.core.kit.DomainDeclaration declaration() {
            return org.prisonsync.core.kit.DomainDeclaration.of(name());
        }

        @Override
        public String name() {
            return descriptor.word();
        }

        @Override
        public List<QueueSpec> queues() {
            return List.of(spec);
        }

        @Override
        public void install(DomainKit kit) {
            kit.migration(new SampleMigration(this, kit.queue(spec.id())));
        }
    }

    private record SampleMigration(Sample sample, QueueDefinition queue) implements MigrationType<List<String>> {
        @Override
        public MigrationDescriptor descriptor() {
            return sample.descriptor;
        }

        @Override
        public String telemetryName() {
            return sample.descriptor.word();
        }

        @Override
        public String entityType() {
            return sample.descriptor.entity().toUpperCase();
        }

        @Override
        public int pageSize() {
            return 2;
        }

        @Override
        public List<String> filterFrom(Map<String, Object> json) {
            sample.filters.add(new LinkedHashMap<>(json));
            @SuppressWarnings("unchecked")
            List<String> colours = (List<String>) json.getOrDefault("colour", List.of());
            return colours;
        }

        @Override
        public Map<String, Object> filterJson(List<String> colours) {
            return Map.of("colour", colours);
        }

        @Override
        public long count(List<String> colours) {
            return ids(colours).size();
        }

        @Override
        public List<String> pageOfIds(List<String> colours, int pageNumber, int pageSize) {
            List<String> all = ids(colours);
            return all.subList(Math.min(all.size(), pageNumber * pageSize),
                    Math.min(all.size(), (pageNumber + 1) * pageSize));
        }

        private static List<String> ids(List<String> colours) {
            return WIDGETS.keySet().stream().sorted().filter(id -> colours.contains(WIDGETS.get(id))).toList();
        }

        @Override
        public EntityWrite migrate(String nomisId, String migrationId) {
            if (nomisId.equals("4")) {
                return new EntityWrite.Failed(sample.descriptor.word() + "-refused", Map.of(), "widget 4 is broken",
                        true);
            }
            return new EntityWrite.Written("dps-" + nomisId, "A1234BC", Map.of());
        }

        @Override
        public String duplicateEvent() {
            return sample.descriptor.word() + "-duplicate";
        }

        @Override
        public List<String> warnings(List<String> colours) {
            long red = ids(colours).stream().filter(id -> WIDGETS.get(id).equals("red")).count();
            return red == 0 ? List.of() : List.of(red + " red " + sample.descriptor.entities() + " fade in DPS");
        }
    }
}
