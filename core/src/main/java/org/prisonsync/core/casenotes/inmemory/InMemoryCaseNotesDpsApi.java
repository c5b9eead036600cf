package org.prisonsync.core.casenotes.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.casenotes.CaseNoteContent;
import org.prisonsync.core.casenotes.CaseNotesDpsApi;
import org.prisonsync.core.casenotes.DpsCaseNote;

/**
 * The case notes API in memory. Writes through the sync endpoints are recorded with source NOMIS (the API's
 * {@code system} of a sync request), a DPS user's with source DPS; every change is reported to the listeners with
 * that source, which is how tests and the simulator raise {@code person.case-note.*} events.
 */
public final class InMemoryCaseNotesDpsApi implements CaseNotesDpsApi {
    /** One change: {@code kind} is created, updated or deleted; {@code source} DPS or NOMIS. */
    public record Change(String kind, DpsCaseNote note, String source) {
    }

    private final Map<String, DpsCaseNote> notes = new LinkedHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private int moves;
    private int failingMoves;

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public DpsCaseNote createByDpsUser(String personIdentifier, CaseNoteContent content) {
        DpsCaseNote note = new DpsCaseNote(UUID.randomUUID().toString(), personIdentifier, content, 0);
        put(note);
        publish("created", note, "DPS");
        return note;
    }

    public void updateByDpsUser(String id, CaseNoteContent content) {
        DpsCaseNote old = find(id).orElseThrow();
        DpsCaseNote note = new DpsCaseNote(id, old.personIdentifier(), content, old.legacyId());
        put(note);
        publish("updated", note, "DPS");
    }

    public void deleteByDpsUser(String id) {
        DpsCaseNote old;
        synchronized (this) {
            old = notes.remove(id);
        }
        if (old != null) {
            publish("deleted", old, "DPS");
        }
    }

    /**
     * Stores a note without an event, as a sync write whose answer was lost or a note made while events were off:
     * how tests and the simulator plant a difference. {@code legacyId} 0 is a note written in DPS.
     */
    public DpsCaseNote plant(String personIdentifier, CaseNoteContent content, long legacyId) {
        DpsCaseNote note = new DpsCaseNote(UUID.randomUUID().toString(), personIdentifier, content, legacyId);
        put(note);
        return note;
    }

    /** Changes a note's content without an event (a planted difference); false when there is no such note. */
    public synchronized boolean plantChange(String id, CaseNoteContent content) {
        DpsCaseNote old = notes.get(id);
        if (old == null) {
            return false;
        }
        notes.put(id, new DpsCaseNote(id, old.personIdentifier(), content, old.legacyId()));
        return true;
    }

    /** Removes a note without an event (a planted difference); false when there is no such note. */
    public synchronized boolean plantDelete(String id) {
        return notes.remove(id) != null;
    }

    @Override
    public String sync(String personIdentifier, String id, long legacyId, String locationId,
                       CaseNoteContent content) {
        if (id != null && find(id).isEmpty()) {
            throw new UpstreamRejected(404, "case note " + id + " not found");
        }
        DpsCaseNote note = new DpsCaseNote(id == null ? UUID.randomUUID().toString() : id, personIdentifier,
                content, legacyId);
        put(note);
        publish(id == null ? "created" : "updated", note, "NOMIS");
        return note.id();
    }

    @Override
    public boolean delete(String id) {
        DpsCaseNote old;
        synchronized (this) {
            old = notes.remove(id);
        }
        if (old == null) {
            return false;
        }
        publish("deleted", old, "NOMIS");
        return true;
    }

    /**
     * {@code PUT /move/case-notes}: each listed note of {@code from} becomes {@code to}'s; a note already moved (or
     * not {@code from}'s) is left as it is, so a repeat changes nothing. Raises no event, as the API does not.
     */
    @Override
    public synchronized void move(String fromPersonIdentifier, String toPersonIdentifier, Set<String> caseNoteIds) {
        if (failingMoves > 0) {
            failingMoves--;
            throw new UpstreamUnavailable("case notes API unavailable (simulated) moving case notes");
        }
        moves++;
        for (String id : caseNoteIds) {
            DpsCaseNote old = notes.get(id);
            if (old != null && old.personIdentifier().equals(fromPersonIdentifier)) {
                notes.put(id, new DpsCaseNote(id, toPersonIdentifier, old.content(), old.legacyId()));
            }
        }
    }

    /** The next {@code count} moves fail as an unavailable case notes API would, before moving anything. */
    public synchronized void failNextMoves(int count) {
        failingMoves = count;
    }

    /** How many moves succeeded: a test's proof that nothing was moved twice. */
    public synchronized int moves() {
        return moves;
    }

    @Override
    public synchronized Optional<DpsCaseNote> find(String personIdentifier, String id) {
        return Optional.ofNullable(notes.get(id)).filter(n -> n.personIdentifier().equals(personIdentifier));
    }

    public synchronized Optional<DpsCaseNote> find(String id) {
        return Optional.ofNullable(notes.get(id));
    }

    @Override
    public synchronized List<DpsCaseNote> caseNotesOf(String personIdentifier) {
        return new ArrayList<>(notes.values().stream().filter(n -> n.personIdentifier().equals(personIdentifier))
                .toList());
    }

    private synchronized void put(DpsCaseNote note) {
        notes.put(note.id(), note);
    }

    private void publish(String kind, DpsCaseNote note, String source) {
        Change change = new Change(kind, note, source);
        listeners.forEach(l -> l.accept(change));
    }
}
