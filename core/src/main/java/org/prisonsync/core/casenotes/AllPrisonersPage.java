package org.prisonsync.core.casenotes;

import java.util.List;

/**
 * One page of NOMIS's {@code GET /prisoners/ids/all-from-id} ({@code PrisonerNosWithLast}): prisoner numbers in
 * offender id order and the last offender id of the page, from which the next page is asked for.
 */
public record AllPrisonersPage(List<String> prisonerIds, long lastOffenderId) {
    public AllPrisonersPage {
        prisonerIds = List.copyOf(prisonerIds);
    }
}
