package org.prisonsync.core.prisoners;

import org.prisonsync.core.reconciliation.Population;

/**
 * The prisoners currently in prison ({@code GET /prisoners/ids/active} of the NOMIS prisoner API), for
 * reconciliation.
 *
 * <p>Contract: pages are zero-based, in a stable order, and a page past the end is empty; {@code total} is the count
 * of all active prisoners. Failures throw {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface ActivePrisoners {

    ActivePrisonersPage page(int page, int size);

    /** Every active prisoner, page by page, for a reconciliation over them; the total from a page of one, as upstream asks. */
    default Population<ActivePrisoner> population() {
        return Population.offsetPages(() -> page(0, 1).total(), (page, size) -> page(page, size).prisoners());
    }
}
