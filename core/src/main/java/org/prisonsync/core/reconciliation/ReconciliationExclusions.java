package org.prisonsync.core.reconciliation;

import java.util.List;

/**
 * The keys each reconciliation does not report, kept per reconciliation name.
 *
 * <p>Contract: {@link #add} of a key already listed replaces its reason and time and answers false (true when new);
 * {@link #remove} answers whether the key was listed; {@link #list} is in key order. Failures of the store throw
 * {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface ReconciliationExclusions {

    boolean add(Exclusion exclusion);

    boolean remove(String reconciliation, String key);

    List<Exclusion> list(String reconciliation);

    boolean contains(String reconciliation, String key);
}
