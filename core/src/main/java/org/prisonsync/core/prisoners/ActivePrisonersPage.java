package org.prisonsync.core.prisoners;

import java.util.List;

/** One page of active prisoners (number and current booking) and the total count of active prisoners. */
public record ActivePrisonersPage(List<ActivePrisoner> prisoners, long total) {
    public ActivePrisonersPage {
        prisoners = List.copyOf(prisoners);
    }

    /** The page's prisoner numbers, in page order. */
    public List<String> prisonerNumbers() {
        return prisoners.stream().map(ActivePrisoner::offenderNo).toList();
    }
}
