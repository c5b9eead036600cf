package org.prisonsync.http.prisoners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.prisoners.ActivePrisonersPage;
import org.prisonsync.http.internal.JsonHttp;

/**
 * {@link ActivePrisoners} over the NOMIS prisoner API's {@code GET /prisoners/ids/active?page&size}, a Spring page
 * of {@code PrisonerIds {bookingId, offenderNo}}. Chosen over prisoner search because the port names it, it needs
 * no further service or credentials, and it reads NOMIS, the side the alerts reconciliation compares DPS against.
 */
final class OkHttpActivePrisoners implements ActivePrisoners {
    private final JsonHttp http;

    OkHttpActivePrisoners(JsonHttp http) {
        this.http = http;
    }

    @Override
    public ActivePrisonersPage page(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1, were " + page + " and " + size);
        }
        Map<String, List<String>> query = new LinkedHashMap<>(); // page then size, in a stable order
        query.put("page", List.of(Integer.toString(page)));
        query.put("size", List.of(Integer.toString(size)));
        return http.fetch(query, PageDto.class, PageDto::toDomain, "prisoners", "ids", "active");
    }

    private record PrisonerIdsDto(Long bookingId, String offenderNo) {
    }

    private record PageDto(List<PrisonerIdsDto> content, Long totalElements) {
        ActivePrisonersPage toDomain() {
            if (totalElements == null) {
                throw new IllegalArgumentException("a page without totalElements");
            }
            List<PrisonerIdsDto> ids = content == null ? List.of() : content;
            return new ActivePrisonersPage(ids.stream().map(id -> new ActivePrisoner(
                    Objects.requireNonNull(id.offenderNo(), "offenderNo"), id.bookingId())).toList(), totalElements);
        }
    }
}
