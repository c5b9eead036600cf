package org.prisonsync.http.casenotes;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.prisonsync.core.casenotes.CaseNoteContent;
import org.prisonsync.core.casenotes.CaseNotesDpsApi;
import org.prisonsync.core.casenotes.DpsCaseNote;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link CaseNotesDpsApi} over the case notes API's sync endpoints. Every sync write says {@code system: NOMIS}, which
 * the API copies into the {@code person.case-note.*} event's {@code source}, so prison-sync recognises the echo.
 */
final class OkHttpCaseNotesDpsApi implements CaseNotesDpsApi {
    static final String SYSTEM = "NOMIS";

    private final JsonHttp http;

    OkHttpCaseNotesDpsApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public String sync(String personIdentifier, String id, long legacyId, String locationId,
                       CaseNoteContent content) {
        SyncDto body = new SyncDto(legacyId, id, personIdentifier, locationId == null ? "" : locationId,
                content.type(), content.subType(), content.occurrence(), content.text(), false,
                new AuthorDto(content.author(), content.author(), content.author(), content.author()),
                content.occurrence(), content.author(), List.of(), SYSTEM);
        HttpReply reply = http.put(body, "sync", "case-notes");
        return http.readCreated(reply, SyncResultDto.class, SyncResultDto::id);
    }

    @Override
    public boolean delete(String id) {
        return http.delete("sync", "case-notes", id).written();
    }

    /** {@code PUT /move/case-notes}: 200 is done; anything else the API refused (its 400 names what). */
    @Override
    public void move(String fromPersonIdentifier, String toPersonIdentifier, Set<String> caseNoteIds) {
        HttpReply reply = http.put(new MoveDto(fromPersonIdentifier, toPersonIdentifier, List.copyOf(caseNoteIds)),
                "move", "case-notes");
        if (reply.status() != 200 && reply.status() != 204) {
            throw reply.rejected();
        }
    }

    @Override
    public Optional<DpsCaseNote> find(String personIdentifier, String id) {
        return http.find(NoteDto.class, NoteDto::toDomain, "case-notes", personIdentifier, id);
    }

    @Override
    public List<DpsCaseNote> caseNotesOf(String personIdentifier) {
        return http.find(NoteDto[].class, all -> Arrays.stream(all).map(NoteDto::toDomain).toList(),
                "sync", "case-notes", personIdentifier).orElse(List.of());
    }

    /** {@code Author}. */
    record AuthorDto(String username, String userId, String firstName, String lastName) {
    }

    /** {@code SyncCaseNoteRequest}. */
    record SyncDto(long legacyId, String id, String personIdentifier, String locationId, String type,
                   String subType, LocalDateTime occurrenceDateTime, String text, boolean systemGenerated,
                   AuthorDto author, LocalDateTime createdDateTime, String createdByUsername,
                   List<Object> amendments, String system) {
    }

    /** {@code MoveCaseNotesRequest}. */
    record MoveDto(String fromPersonIdentifier, String toPersonIdentifier, List<String> caseNoteIds) {
    }

    /** {@code SyncResult}. */
    record SyncResultDto(String id, Long legacyId, String action) {
    }

    /** {@code CaseNote}. */
    record NoteDto(String caseNoteId, String offenderIdentifier, String type, String subType,
                   LocalDateTime occurrenceDateTime, String authorUsername, String text, Long legacyId) {
        DpsCaseNote toDomain() {
            return new DpsCaseNote(caseNoteId, offenderIdentifier,
                    new CaseNoteContent(type, subType, occurrenceDateTime, text, authorUsername),
                    legacyId == null ? 0 : legacyId);
        }
    }
}
