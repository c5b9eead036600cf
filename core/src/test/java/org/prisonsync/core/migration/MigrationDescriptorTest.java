package org.prisonsync.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.Params;
import org.prisonsync.core.queue.QueueDefinition;

/** A migration type as the runners offer it: its filter read like an operation's, and the declarations refused. */
class MigrationDescriptorTest {
    private static final MigrationDescriptor SAMPLES = MigrationDescriptor.of("SAMPLE_ITEMS")
            .entities("sample item", "sample items")
            .summary("Migrate the sample items.")
            .filter(Param.body("prisonIds", ParamType.LIST, "prisons").optional().option("--prison"),
                    Param.body("fromDateTime", ParamType.DATE_TIME, "created at or after").optional(),
                    Param.body("size", ParamType.LONG, "the size").optional(),
                    Param.body("open", ParamType.BOOLEAN, "open ones only").withDefault("false"));

    @Test
    void theFilterIsTheApisBodyWithListsAlwaysAndOtherFieldsWhenGivenOrDefaulted() {
        Params given = Params.fromCommandLine(SAMPLES.filter(), Map.of("fromDateTime", "2026-01-01T10:00:00",
                "size", "3"));
        assertThat(SAMPLES.filterJson(given)).containsExactly(Map.entry("prisonIds", List.of()),
                Map.entry("fromDateTime", "2026-01-01T10:00"), Map.entry("size", 3L), Map.entry("open", false));
        assertThat(SAMPLES.filterJson(Params.fromCommandLine(SAMPLES.filter(), Map.of("prisonIds", "MDI,LEI"))))
                .containsExactly(Map.entry("prisonIds", List.of("MDI", "LEI")), Map.entry("open", false));
        assertThat(SAMPLES.word()).isEqualTo("sample-items");
    }

    @Test
    void aDescriptorTheCommandLineCouldNotOfferIsRefused() {
        MigrationDescriptor.Builder ok = MigrationDescriptor.of("SAMPLES").entities("sample", "samples")
                .summary("Migrate samples.");
        assertThatThrownBy(() -> MigrationDescriptor.of("samples").entities("sample", "samples")
                .summary("Migrate samples.").filter()).hasMessageContaining("upper case like VISITS");
        assertThatThrownBy(() -> ok.filter(Param.query("size", ParamType.LONG, "the size")))
                .hasMessageContaining("is a body field given on the command line as an option");
        assertThatThrownBy(() -> ok.filter(Param.body("wait", ParamType.BOOLEAN, "wait").withDefault("false")))
                .hasMessageContaining("--wait is the command's own option");
        assertThatThrownBy(() -> ok.filter(Param.body("room", ParamType.STRING, "room").positional("ROOM")))
                .hasMessageContaining("given on the command line as an option");
        assertThatThrownBy(() -> MigrationDescriptor.of("SAMPLES").entities("sample", "samples")
                .summary("no full stop").filter()).hasMessageContaining("one sentence");
    }

    @Test
    void theRunnersMustOfferExactlyTheInstalledTypes() {
        MigrationRegistry registry = new MigrationRegistry(List.of(new Described(SAMPLES)));
        registry.requireOffered(List.of(SAMPLES));

        assertThatThrownBy(() -> registry.requireOffered(List.of()))
                .hasMessageContaining("SAMPLE_ITEMS is installed but not offered");
        MigrationDescriptor other = MigrationDescriptor.of("OTHERS").entities("other", "others")
                .summary("Migrate others.").filter();
        assertThatThrownBy(() -> registry.requireOffered(List.of(SAMPLES, other)))
                .hasMessageContaining("OTHERS is offered to the runners but no installed domain registers it");
    }

    /** A type that is nothing but its descriptor: the registry reads no more. */
    private record Described(MigrationDescriptor descriptor) implements MigrationType<Map<String, Object>> {
        @Override
        public String telemetryName() {
            return "samples";
        }

        @Override
        public String entityType() {
            return "SAMPLE";
        }

        @Override
        public QueueDefinition queue() {
            return QueueDefinition.withDefaults("migrationsamples", "samples", "samples-dlq");
        }

        @Override
        public int pageSize() {
            return 10;
        }

        @Override
        public Map<String, Object> filterFrom(Map<String, Object> json) {
            return json;
        }

        @Override
        public Map<String, Object> filterJson(Map<String, Object> filter) {
            return filter;
        }

        @Override
        public long count(Map<String, Object> filter) {
            return 0;
        }

        @Override
        public List<String> pageOfIds(Map<String, Object> filter, int pageNumber, int pageSize) {
            return List.of();
        }

        @Override
        public EntityWrite migrate(String nomisId, String migrationId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String duplicateEvent() {
            return "sample-duplicate";
        }

        @Override
        public List<String> warnings(Map<String, Object> filter) {
            return List.of();
        }
    }
}
