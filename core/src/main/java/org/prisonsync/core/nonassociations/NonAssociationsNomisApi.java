package org.prisonsync.core.nonassociations;

import java.util.List;
import java.util.Optional;

/**
 * NOMIS non-associations through the NOMIS prisoner API.
 *
 * <p>Contract: {@link #create} adds a non-association between two prisoners with the next type sequence of that
 * pair (NOMIS has no duplicate check) and answers the sequence; either prisoner unknown throws
 * {@link org.prisonsync.core.UpstreamRejected} 404. A non-association is the same seen from either prisoner. Lookups
 * are empty on 404; {@link #amend}, {@link #close} and {@link #delete} answer false when NOMIS has no such
 * non-association. Unreachable / 5xx / timeouts throw {@link org.prisonsync.core.UpstreamUnavailable} (retryable; a
 * write's outcome is then unknown).
 */
public interface NonAssociationsNomisApi {

    /** {@code POST /non-associations}: the new type sequence ({@code typeSequence}). */
    int create(NomisNonAssociationRequest request);

    /** {@code PUT /non-associations/offender/{offenderNo}/ns-offender/{nsOffenderNo}/sequence/{typeSequence}}. */
    boolean amend(NomisNonAssociationId id, NomisNonAssociationRequest request);

    /** {@code PUT …/sequence/{typeSequence}/close}: expires it today (an expired one stays as it is). */
    boolean close(NomisNonAssociationId id);

    /** {@code DELETE …/sequence/{typeSequence}}. */
    boolean delete(NomisNonAssociationId id);

    /** {@code GET /non-associations/offender/{offenderNo}/ns-offender/{nsOffenderNo}?typeSequence=}. */
    Optional<NomisNonAssociation> find(NomisNonAssociationId id);

    /**
     * {@code GET /non-associations/offender/{offenderNo}/ns-offender/{nsOffenderNo}/all}: every sequence of the pair,
     * open and closed, seen from {@code offenderNo}, in sequence order; empty when there is none.
     */
    List<NomisNonAssociation> all(String offenderNo, String nsOffenderNo);

    /** {@code GET /non-associations/booking/{bookingId}}: the pairs with a non-association on that booking. */
    List<NonAssociationPair> onBooking(long bookingId);

    /** {@code GET /non-associations/ids?page=&size=}: every pair with a non-association, once, in a stable order. */
    PairPage pairs(int page, int size);

    /** One page of pairs and how many there are in all. */
    record PairPage(List<NonAssociationPair> pairs, long total) {
        public PairPage {
            pairs = List.copyOf(pairs);
        }
    }
}
