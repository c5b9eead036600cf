package org.prisonsync.core.prisoners;

/**
 * The prisoners currently in prison ({@code GET /prisoners/ids/active} of the NOMIS prisoner API), for
 * reconciliation.
 *
 * <p>Contract: pages are zero-based, in a stable order, and a page past the end is empty; {@code total} is the count
 * of all active prisoners. Failures throw {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface ActivePrisoners {

    ActivePrisonersPage page(int page, int size);
}
