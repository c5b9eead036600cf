package org.prisonsync.core.nonassociations.inmemory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.prisonsync.core.nonassociations.DpsNonAssociation;
import org.prisonsync.core.nonassociations.LegacyNonAssociation;
import org.prisonsync.core.nonassociations.NonAssociationCodes;
import org.prisonsync.core.nonassociations.NonAssociationPair;
import org.prisonsync.core.nonassociations.NonAssociationsDpsApi;

/**
 * The DPS non-associations API in memory, with what a DPS user does (make, amend, close, delete) and DPS's side of a
 * merge; the legacy view is derived as DPS derives it (roles as NOMIS reason codes, {@code LANDING} as {@code LAND},
 * made → effective, closed → expiry). Also the simulator's state.
 */
public final class InMemoryNonAssociationsDpsApi implements NonAssociationsDpsApi {
    private final Clock clock;
    private final TreeMap<Long, DpsNonAssociation> all = new TreeMap<>();
    private final AtomicLong ids;

    public InMemoryNonAssociationsDpsApi(Clock clock, long firstId) {
        this.clock = clock;
        this.ids = new AtomicLong(firstId - 1);
    }

    public InMemoryNonAssociationsDpsApi() {
        this(Clock.systemUTC(), 1);
    }

    /** DPS's legacy view of one of its non-associations. */
    public static LegacyNonAssociation legacy(DpsNonAssociation na) {
        return new LegacyNonAssociation(na.id(), na.firstPrisonerNumber(),
                NonAssociationCodes.nomisReason(na.firstPrisonerRole()), na.nomisType(), na.whenCreated(),
                na.closed() ? na.closedAt() : null, na.authorisedBy(), na.comment(), na.secondPrisonerNumber(),
                NonAssociationCodes.nomisReason(na.secondPrisonerRole()));
    }

    /** A DPS user's new, open non-association, made at {@code whenCreated}. */
    public synchronized DpsNonAssociation create(String first, String firstRole, String second, String secondRole,
                                                 String reason, String restrictionType, String comment,
                                                 LocalDateTime whenCreated) {
        DpsNonAssociation na = new DpsNonAssociation(ids.incrementAndGet(), first, firstRole, second, secondRole,
                reason, restrictionType, comment, "DPS_USER", whenCreated, whenCreated, "DPS_USER", false, null);
        all.put(na.id(), na);
        return na;
    }

    /** Puts a non-association as it is given (its id kept), e.g. a closed one or one planted out of step. */
    public synchronized DpsNonAssociation put(DpsNonAssociation na) {
        all.put(na.id(), na);
        ids.accumulateAndGet(na.id(), Math::max);
        return na;
    }

    public synchronized Optional<DpsNonAssociation> amend(long id, UnaryOperator<DpsNonAssociation> change) {
        DpsNonAssociation old = all.get(id);
        if (old == null) {
            return Optional.empty();
        }
        DpsNonAssociation changed = change.apply(old);
        all.put(id, changed);
        return Optional.of(changed);
    }

    /** A DPS user's close, now. */
    public Optional<DpsNonAssociation> close(long id) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        return amend(id, na -> na.closed() ? na : withClosed(na, now));
    }

    public synchronized boolean delete(long id) {
        return all.remove(id) != null;
    }

    public synchronized Optional<DpsNonAssociation> get(long id) {
        return Optional.ofNullable(all.get(id));
    }

    public synchronized List<DpsNonAssociation> list() {
        return List.copyOf(all.values());
    }

    /**
     * DPS's merge of {@code removed} into {@code retained}: the removed prisoner's non-associations become the
     * retained one's; one between the two is deleted; where the retained prisoner now has two open ones with the same
     * third party, the one that was the removed prisoner's is closed. Answers the ids it changed.
     */
    public synchronized List<Long> merge(String retained, String removed) {
        List<Long> changed = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        for (DpsNonAssociation na : List.copyOf(all.values())) {
            if (!na.pair().involves(removed)) {
                continue;
            }
            changed.add(na.id());
            if (na.pair().involves(retained)) {
                all.remove(na.id());
                continue;
            }
            String third = na.pair().other(removed);
            boolean firstWasRemoved = na.firstPrisonerNumber().equals(removed);
            DpsNonAssociation moved = new DpsNonAssociation(na.id(),
                    firstWasRemoved ? retained : na.firstPrisonerNumber(), na.firstPrisonerRole(),
                    firstWasRemoved ? na.secondPrisonerNumber() : retained, na.secondPrisonerRole(), na.reason(),
                    na.restrictionType(), na.comment(), na.authorisedBy(), na.whenCreated(), now, "MERGE",
                    na.closed(), na.closedAt());
            boolean anotherOpen = all.values().stream().anyMatch(o -> o.id() != na.id() && !o.closed()
                    && o.pair().equals(NonAssociationPair.of(retained, third)));
            all.put(na.id(), anotherOpen && !moved.closed() ? withClosed(moved, now) : moved);
        }
        return changed;
    }

    @Override
    public synchronized Optional<LegacyNonAssociation> find(long id) {
        return Optional.ofNullable(all.get(id)).map(InMemoryNonAssociationsDpsApi::legacy);
    }

    @Override
    public synchronized List<DpsNonAssociation> between(String prisonerNumber, String otherPrisonerNumber) {
        if (prisonerNumber.equals(otherPrisonerNumber)) {
            throw new IllegalArgumentException("two different prisoners are needed");
        }
        NonAssociationPair pair = NonAssociationPair.of(prisonerNumber, otherPrisonerNumber);
        return all.values().stream().filter(na -> na.pair().equals(pair)).toList();
    }

    @Override
    public synchronized List<DpsNonAssociation> involving(List<String> prisonerNumbers) {
        Collection<String> wanted = List.copyOf(prisonerNumbers);
        return all.values().stream().filter(na -> wanted.contains(na.firstPrisonerNumber())
                || wanted.contains(na.secondPrisonerNumber())).toList();
    }

    @Override
    public synchronized Page page(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page from 0 and size from 1");
        }
        List<DpsNonAssociation> list = new ArrayList<>(all.values());
        int from = (int) Math.min((long) page * size, list.size());
        return new Page(list.subList(from, Math.min(list.size(), from + size)), list.size());
    }

    private static DpsNonAssociation withClosed(DpsNonAssociation na, LocalDateTime at) {
        return new DpsNonAssociation(na.id(), na.firstPrisonerNumber(), na.firstPrisonerRole(),
                na.secondPrisonerNumber(), na.secondPrisonerRole(), na.reason(), na.restrictionType(), na.comment(),
                na.authorisedBy(), na.whenCreated(), at, na.updatedBy(), true, at);
    }
}
