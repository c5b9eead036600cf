package org.prisonsync.core.kit;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a domain registers that a runner lists without building it: the entity types whose mappings it saves (each
 * with a {@code RETRY_CREATE_MAPPING} check, {@link DomainKit#onMappingRetry}) and the names of its reconciliations
 * ({@link DomainKit#reconciliation}). A domain holds it as a constant its {@link SyncDomain#declaration()} returns and
 * its runner wiring contributes, so a command that only needs these names (the CLI's {@code mapping show} without a
 * type, {@code reconciliation runs}) reads them without the domain's ports. The kit refuses a registration the
 * declaration does not name, and the runners refuse to start when the declarations they were given are not exactly
 * what the installed domains registered: the constant stays the one source of truth.
 */
public record DomainDeclaration(String domain, SortedSet<String> mappedEntityTypes, SortedSet<String> reconciliations) {

    public DomainDeclaration {
        Objects.requireNonNull(domain, "domain");
        mappedEntityTypes = sorted(mappedEntityTypes);
        reconciliations = sorted(reconciliations);
    }

    /** A domain that maps nothing and reconciles nothing (yet): add with {@link #maps} and {@link #reconciles}. */
    public static DomainDeclaration of(String domain) {
        return new DomainDeclaration(domain, new TreeSet<>(), new TreeSet<>());
    }

    /** This declaration, also saving mappings of these entity types. */
    public DomainDeclaration maps(String... entityTypes) {
        return new DomainDeclaration(domain, union(mappedEntityTypes, List.of(entityTypes)), reconciliations);
    }

    /** This declaration, also running reconciliations of these names. */
    public DomainDeclaration reconciles(String... names) {
        return new DomainDeclaration(domain, mappedEntityTypes, union(reconciliations, List.of(names)));
    }

    /** Every entity type the declarations map, sorted: what a mapping may be looked up under without its type. */
    public static SortedSet<String> mappedEntityTypes(Collection<DomainDeclaration> declarations) {
        SortedSet<String> types = new TreeSet<>();
        declarations.forEach(d -> types.addAll(d.mappedEntityTypes()));
        return Collections.unmodifiableSortedSet(types);
    }

    /** Every reconciliation the declarations name, sorted. */
    public static SortedSet<String> reconciliations(Collection<DomainDeclaration> declarations) {
        SortedSet<String> names = new TreeSet<>();
        declarations.forEach(d -> names.addAll(d.reconciliations()));
        return Collections.unmodifiableSortedSet(names);
    }

    private static SortedSet<String> union(Collection<String> a, Collection<String> b) {
        SortedSet<String> all = new TreeSet<>(a);
        b.forEach(name -> all.add(Objects.requireNonNull(name, "name")));
        return all;
    }

    private static SortedSet<String> sorted(Collection<String> names) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(names, "names")));
    }
}
