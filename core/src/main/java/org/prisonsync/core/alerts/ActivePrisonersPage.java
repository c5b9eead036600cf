package org.prisonsync.core.alerts;

import java.util.List;

/** One page of active prisoner numbers and the total count of active prisoners. */
public record ActivePrisonersPage(List<String> prisonerNumbers, long total) {
    public ActivePrisonersPage {
        prisonerNumbers = List.copyOf(prisonerNumbers);
    }
}
