package org.prisonsync.core.migration;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.queue.QueueDefinition;

/** The registered migration types, by name (case-insensitive, as {@code VISITS} or {@code visits} in a URL). */
public final class MigrationRegistry {
    private final Map<String, MigrationType<?>> types = new LinkedHashMap<>();

    public MigrationRegistry(Collection<? extends MigrationType<?>> all) {
        all.forEach(this::add);
    }

    public MigrationRegistry add(MigrationType<?> type) {
        if (types.putIfAbsent(key(type.name()), type) != null) {
            throw new IllegalStateException("migration type " + type.name() + " is registered twice");
        }
        return this;
    }

    public Optional<MigrationType<?>> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(types.get(key(name)));
    }

    public MigrationType<?> require(String name) {
        return find(name).orElseThrow(() -> new UnknownMigrationTypeException(name));
    }

    public List<MigrationType<?>> all() {
        return List.copyOf(types.values());
    }

    /**
     * Refuses runners that would offer a type not installed, or leave an installed one out: the CLI lists the
     * descriptors the wiring contributes without building the core, so they must be exactly the installed types'.
     */
    public void requireOffered(Collection<MigrationDescriptor> offered) {
        List<MigrationDescriptor> installed = types.values().stream().map(MigrationType::descriptor).toList();
        for (MigrationDescriptor d : installed) {
            if (!offered.contains(d)) {
                throw new IllegalStateException("migration type " + d.name() + " is installed but not offered to the"
                        + " runners: its domain's wiring must contribute its descriptor");
            }
        }
        for (MigrationDescriptor d : offered) {
            if (!installed.contains(d)) {
                throw new IllegalStateException("migration type " + d.name() + " is offered to the runners but no"
                        + " installed domain registers it (or registers another descriptor of it)");
            }
        }
    }

    /** The migration queues, for the runner's queue configuration and health. */
    public List<QueueDefinition> queues() {
        return types.values().stream().map(MigrationType::queue).toList();
    }

    private static String key(String name) {
        return MigrationDescriptor.keyOf(name);
    }
}
