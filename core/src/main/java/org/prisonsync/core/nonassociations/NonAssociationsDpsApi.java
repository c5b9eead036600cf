package org.prisonsync.core.nonassociations;

import java.util.List;
import java.util.Optional;

/**
 * The DPS non-associations API, read only (DPS is where non-associations are made; NOMIS follows).
 *
 * <p>Contract: {@link #find} is empty on 404 (no such non-association, or deleted). The lists include closed
 * non-associations ({@code includeClosed=true}) and are in id order. Unreachable / 5xx / timeouts throw
 * {@link org.prisonsync.core.UpstreamUnavailable} (retryable); other refusals
 * {@link org.prisonsync.core.UpstreamRejected}.
 */
public interface NonAssociationsDpsApi {

    /** {@code GET /legacy/api/non-associations/{id}}. */
    Optional<LegacyNonAssociation> find(long id);

    /** {@code POST /non-associations/between?includeClosed=true}: the pair's, open and closed. */
    List<DpsNonAssociation> between(String prisonerNumber, String otherPrisonerNumber);

    /** {@code POST /non-associations/involving?includeClosed=true}: every one either prisoner is in. */
    List<DpsNonAssociation> involving(List<String> prisonerNumbers);

    /** {@code GET /non-associations?includeClosed=true&page=&size=&sort=id,ASC}. */
    Page page(int page, int size);

    /** One page of non-associations and how many there are in all. */
    record Page(List<DpsNonAssociation> content, long total) {
        public Page {
            content = List.copyOf(content);
        }
    }
}
