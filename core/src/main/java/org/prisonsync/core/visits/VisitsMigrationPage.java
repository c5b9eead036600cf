package org.prisonsync.core.visits;

import java.util.List;

/** One page of NOMIS visit ids ({@code GET /visits/ids}, a Spring page) and how many the filter selects in all. */
public record VisitsMigrationPage(List<Long> visitIds, long totalElements) {
    public VisitsMigrationPage {
        visitIds = List.copyOf(visitIds);
    }
}
