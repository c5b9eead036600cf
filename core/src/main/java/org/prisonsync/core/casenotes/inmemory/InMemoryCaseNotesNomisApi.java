package org.prisonsync.core.casenotes.inmemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.casenotes.AllPrisonersPage;
import org.prisonsync.core.casenotes.CaseNoteContent;
import org.prisonsync.core.casenotes.CaseNotesNomisApi;
import org.prisonsync.core.casenotes.NomisCaseNote;
import org.prisonsync.core.message.OffenderEvent;

/**
 * NOMIS case notes in memory, as the NOMIS prisoner API keeps them: notes on bookings, the latest booking taking new
 * notes, and every write audited (ours as {@code DPS_SYNCHRONISATION}, a NOMIS user's as {@code OIDCNOTE}). Every
 * change is reported to the listeners with the audit module, which is how tests and the simulator raise the
 * {@code OFFENDER_CASE_NOTES-*} events.
 */
public final class InMemoryCaseNotesNomisApi implements CaseNotesNomisApi {
    public static final String NOMIS_SCREEN = "OIDCNOTE";
    /** Where every note of the twin was written. */
    public static final String PRISON = "MDI";
    /** The audit module of the notes a merge copies onto the retained prisoner's booking. */
    public static final String MERGE_MODULE = "MERGE";

    /** One change: {@code kind} is INSERTED, UPDATED or DELETED. */
    public record Change(String kind, NomisCaseNote note) {
    }

    private final Map<Long, NomisCaseNote> notes = new TreeMap<>();
    private final Map<String, Long> latestBooking = new HashMap<>();
    /** Who each booking belongs to: a merge or a booking move changes it. */
    private final Map<Long, String> bookingOwner = new HashMap<>();
    /** Each prisoner's offender id, given when NOMIS first books them, which all-from-id pages by. */
    private final TreeMap<Long, String> offenderIds = new TreeMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private long nextNoteId = 100_000;
    private long nextBookingId = 1_000;

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    /** Gives the prisoner a new latest booking, which takes new notes. */
    public synchronized long newBooking(String offenderNo) {
        long booking = ++nextBookingId;
        if (!latestBooking.containsKey(offenderNo)) {
            offenderIds.put((long) offenderIds.size() + 1, offenderNo);
        }
        latestBooking.put(offenderNo, booking);
        bookingOwner.put(booking, offenderNo);
        return booking;
    }

    /**
     * NOMIS's merge of {@code removed} into {@code retained}: every booking of the removed prisoner, with its notes,
     * becomes the retained prisoner's, and the notes of the removed prisoner's latest booking are copied onto the
     * retained prisoner's latest booking (audit module {@value #MERGE_MODULE}). One database procedure: no
     * {@code OFFENDER_CASE_NOTES-*} event is raised, the merge's domain event says it all. Answers the copies; when
     * the retained prisoner had no booking, the removed prisoner's latest becomes theirs and nothing is copied.
     */
    public synchronized List<NomisCaseNote> merge(String retained, String removed) {
        Long removedLatest = latestBooking.remove(removed);
        Long retainedLatest = latestBooking.get(retained);
        bookingOwner.replaceAll((booking, owner) -> owner.equals(removed) ? retained : owner);
        for (NomisCaseNote note : List.copyOf(notes.values())) {
            if (note.offenderNo().equals(removed)) {
                notes.put(note.caseNoteId(), new NomisCaseNote(note.caseNoteId(), note.bookingId(), retained,
                        note.prisonId(), note.content(), note.auditModuleName()));
            }
        }
        List<NomisCaseNote> copies = new ArrayList<>();
        if (retainedLatest == null) {
            if (removedLatest != null) {
                latestBooking.put(retained, removedLatest);
            }
            return copies;
        }
        if (removedLatest != null) {
            for (NomisCaseNote note : List.copyOf(notes.values())) {
                if (note.bookingId() == removedLatest) {
                    NomisCaseNote copy = new NomisCaseNote(++nextNoteId, retainedLatest, retained, note.prisonId(),
                            note.content(), MERGE_MODULE);
                    notes.put(copy.caseNoteId(), copy);
                    copies.add(copy);
                }
            }
        }
        return copies;
    }

    /**
     * NOMIS moves a booking, with its notes, to another prisoner (no per-note events); it becomes the receiver's
     * latest booking when they had none, and the giver keeps a latest booking only if it was another one. Answers the
     * prisoner it was moved from.
     */
    public synchronized String moveBooking(long bookingId, String to) {
        String from = bookingOwner.get(bookingId);
        if (from == null) {
            throw new IllegalArgumentException("no booking " + bookingId);
        }
        bookingOwner.put(bookingId, to);
        for (NomisCaseNote note : List.copyOf(notes.values())) {
            if (note.bookingId() == bookingId) {
                notes.put(note.caseNoteId(), new NomisCaseNote(note.caseNoteId(), bookingId, to, note.prisonId(),
                        note.content(), note.auditModuleName()));
            }
        }
        if (Long.valueOf(bookingId).equals(latestBooking.get(from))) {
            latestBooking.remove(from);
        }
        if (!latestBooking.containsKey(to)) {
            if (!offenderIds.containsValue(to)) {
                offenderIds.put((long) offenderIds.size() + 1, to);
            }
            latestBooking.put(to, bookingId);
        }
        return from;
    }

    /** The prisoner's latest booking, the one new notes go on. */
    public synchronized Optional<Long> latestBooking(String offenderNo) {
        return Optional.ofNullable(latestBooking.get(offenderNo));
    }

    /** A NOMIS user writes a note on the latest booking. */
    public NomisCaseNote createByNomisUser(String offenderNo, CaseNoteContent content) {
        return write(offenderNo, requireBooking(offenderNo), content, NOMIS_SCREEN);
    }

    /** NOMIS copies a note onto another booking of the prisoner (as it does on a booking move or merge). */
    public NomisCaseNote copyToBooking(long caseNoteId, long bookingId) {
        NomisCaseNote original = find(caseNoteId).orElseThrow();
        return write(original.offenderNo(), bookingId, original.content(), NOMIS_SCREEN);
    }

    /**
     * Writes a note on the latest booking with the given audit module (null: none recorded) and raises no event, as
     * when NOMIS's trigger was off or the event was lost: how tests and the simulator plant a difference.
     */
    public synchronized NomisCaseNote plant(String offenderNo, CaseNoteContent content, String auditModule) {
        NomisCaseNote note = new NomisCaseNote(++nextNoteId, requireBooking(offenderNo), offenderNo, PRISON, content,
                auditModule);
        notes.put(note.caseNoteId(), note);
        return note;
    }

    /** Changes a note's content without an event (a planted difference); false when there is no such note. */
    public synchronized boolean plantChange(long caseNoteId, CaseNoteContent content) {
        NomisCaseNote old = notes.get(caseNoteId);
        if (old == null) {
            return false;
        }
        notes.put(caseNoteId, new NomisCaseNote(caseNoteId, old.bookingId(), old.offenderNo(), old.prisonId(), content,
                old.auditModuleName()));
        return true;
    }

    /** Removes a note without an event (a planted difference); false when there is no such note. */
    public synchronized boolean plantDelete(long caseNoteId) {
        return notes.remove(caseNoteId) != null;
    }

    public void updateByNomisUser(long caseNoteId, CaseNoteContent content) {
        change(caseNoteId, content, NOMIS_SCREEN);
    }

    public void deleteByNomisUser(long caseNoteId) {
        remove(caseNoteId, NOMIS_SCREEN);
    }

    @Override
    public NomisCaseNote create(String offenderNo, CaseNoteContent content) {
        return write(offenderNo, requireBooking(offenderNo), content, OffenderEvent.DPS_SYNCHRONISATION);
    }

    @Override
    public boolean update(long caseNoteId, CaseNoteContent content) {
        return change(caseNoteId, content, OffenderEvent.DPS_SYNCHRONISATION);
    }

    @Override
    public boolean delete(long caseNoteId) {
        return remove(caseNoteId, OffenderEvent.DPS_SYNCHRONISATION);
    }

    @Override
    public synchronized Optional<NomisCaseNote> find(long caseNoteId) {
        return Optional.ofNullable(notes.get(caseNoteId));
    }

    @Override
    public synchronized List<NomisCaseNote> caseNotesOf(String offenderNo) {
        return new ArrayList<>(notes.values().stream().filter(n -> n.offenderNo().equals(offenderNo)).toList());
    }

    @Override
    public synchronized AllPrisonersPage allPrisonersFrom(long afterOffenderId, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        List<String> page = new ArrayList<>();
        long last = afterOffenderId;
        for (Map.Entry<Long, String> prisoner : offenderIds.tailMap(afterOffenderId, false)
                .entrySet()) {
            if (page.size() == pageSize) {
                break;
            }
            page.add(prisoner.getValue());
            last = prisoner.getKey();
        }
        return new AllPrisonersPage(page, last);
    }

    private synchronized long requireBooking(String offenderNo) {
        Long booking = latestBooking.get(offenderNo);
        if (booking == null) {
            throw new UpstreamRejected(404, "prisoner " + offenderNo + " not found");
        }
        return booking;
    }

    private NomisCaseNote write(String offenderNo, long bookingId, CaseNoteContent content, String module) {
        NomisCaseNote note;
        synchronized (this) {
            note = new NomisCaseNote(++nextNoteId, bookingId, offenderNo, PRISON, content, module);
            notes.put(note.caseNoteId(), note);
        }
        publish("INSERTED", note);
        return note;
    }

    private boolean change(long caseNoteId, CaseNoteContent content, String module) {
        NomisCaseNote updated;
        synchronized (this) {
            NomisCaseNote old = notes.get(caseNoteId);
            if (old == null) {
                return false;
            }
            updated = new NomisCaseNote(caseNoteId, old.bookingId(), old.offenderNo(), old.prisonId(), content,
                    module);
            notes.put(caseNoteId, updated);
        }
        publish("UPDATED", updated);
        return true;
    }

    private boolean remove(long caseNoteId, String module) {
        NomisCaseNote old;
        synchronized (this) {
            old = notes.remove(caseNoteId);
        }
        if (old == null) {
            return false;
        }
        publish("DELETED", new NomisCaseNote(caseNoteId, old.bookingId(), old.offenderNo(), old.prisonId(),
                old.content(), module));
        return true;
    }

    private void publish(String kind, NomisCaseNote note) {
        Change change = new Change(kind, note);
        listeners.forEach(l -> l.accept(change));
    }
}
