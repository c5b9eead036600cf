package org.prisonsync.http.casenotes;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.casenotes.AllPrisonersPage;
import org.prisonsync.core.casenotes.CaseNoteContent;
import org.prisonsync.core.casenotes.CaseNotesNomisApi;
import org.prisonsync.core.casenotes.NomisCaseNote;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.http.internal.HttpReply;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link CaseNotesNomisApi} over the NOMIS prisoner API's case note endpoints. NOMIS audits our writes as
 * {@code DPS_SYNCHRONISATION}, so the note a create answers is ours. NOMIS's update takes the text only (a note's type
 * and time never change there).
 */
final class OkHttpCaseNotesNomisApi implements CaseNotesNomisApi {
    private final JsonHttp http;

    OkHttpCaseNotesNomisApi(JsonHttp http) {
        this.http = http;
    }

    @Override
    public NomisCaseNote create(String offenderNo, CaseNoteContent content) {
        HttpReply reply = http.post(new CreateDto(content.type(), content.subType(), content.occurrence(),
                content.occurrence(), content.author(), content.text()), "prisoners", offenderNo, "casenotes");
        return http.readCreated(reply, CreatedDto.class, created -> new NomisCaseNote(created.id(),
                created.bookingId(), offenderNo, null, content, OffenderEvent.DPS_SYNCHRONISATION));
    }

    @Override
    public boolean update(long caseNoteId, CaseNoteContent content) {
        return http.put(new UpdateDto(content.text(), List.of()), "casenotes", Long.toString(caseNoteId)).written();
    }

    @Override
    public boolean delete(long caseNoteId) {
        return http.delete("casenotes", Long.toString(caseNoteId)).written();
    }

    @Override
    public Optional<NomisCaseNote> find(long caseNoteId) {
        return http.find(NoteDto.class, n -> n.toDomain(null), "casenotes", Long.toString(caseNoteId));
    }

    @Override
    public List<NomisCaseNote> caseNotesOf(String offenderNo) {
        Optional<List<NomisCaseNote>> notes = http.find(NotesDto.class,
                all -> all.caseNotes() == null ? List.<NomisCaseNote>of()
                        : all.caseNotes().stream().map(n -> n.toDomain(offenderNo)).toList(),
                "prisoners", offenderNo, "casenotes");
        return notes.orElse(List.of());
    }

    @Override
    public AllPrisonersPage allPrisonersFrom(long afterOffenderId, int pageSize) {
        Map<String, List<String>> query = new LinkedHashMap<>(); // offenderId then pageSize, in a stable order
        query.put("offenderId", List.of(Long.toString(afterOffenderId)));
        query.put("pageSize", List.of(Integer.toString(pageSize)));
        return http.fetch(query, PrisonerNosDto.class, PrisonerNosDto::toDomain, "prisoners", "ids", "all-from-id");
    }

    /** {@code PrisonerId}. */
    record PrisonerIdDto(String offenderNo) {
    }

    /** {@code PrisonerNosWithLast}: both fields are required; a page without them is refused, not guessed at. */
    record PrisonerNosDto(List<PrisonerIdDto> prisonerIds, Long lastOffenderId) {
        AllPrisonersPage toDomain() {
            if (prisonerIds == null || lastOffenderId == null) {
                throw new IllegalArgumentException("a PrisonerNosWithLast without prisonerIds or lastOffenderId");
            }
            return new AllPrisonersPage(prisonerIds.stream()
                    .map(p -> Objects.requireNonNull(p.offenderNo(), "offenderNo")).toList(), lastOffenderId);
        }
    }

    /** {@code CreateCaseNoteRequest}. */
    record CreateDto(String caseNoteType, String caseNoteSubType, LocalDateTime occurrenceDateTime,
                     LocalDateTime creationDateTime, String authorUsername, String caseNoteText) {
    }

    /** {@code CreateCaseNoteResponse}. */
    record CreatedDto(long id, long bookingId) {
    }

    /** {@code UpdateCaseNoteRequest}: NOMIS takes the text and amendments only. */
    record UpdateDto(String text, List<Object> amendments) {
    }

    /** {@code CodeDescription}. */
    record CodeDto(String code, String description) {
    }

    /** {@code CaseNoteResponse}. */
    record NoteDto(long caseNoteId, long bookingId, CodeDto caseNoteType, CodeDto caseNoteSubType,
                   LocalDateTime occurrenceDateTime, String authorUsername, String prisonId, String caseNoteText,
                   String auditModuleName) {
        NomisCaseNote toDomain(String offenderNo) {
            return new NomisCaseNote(caseNoteId, bookingId, offenderNo, prisonId,
                    new CaseNoteContent(caseNoteType == null ? null : caseNoteType.code(),
                            caseNoteSubType == null ? null : caseNoteSubType.code(), occurrenceDateTime,
                            caseNoteText, authorUsername), auditModuleName);
        }
    }

    /** {@code PrisonerCaseNotesResponse}. */
    record NotesDto(List<NoteDto> caseNotes) {
    }
}
