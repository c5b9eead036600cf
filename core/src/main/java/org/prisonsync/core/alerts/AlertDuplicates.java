package org.prisonsync.core.alerts;

import java.util.List;
import java.util.Optional;

/**
 * The double-submitted DPS alerts found so far, each reported once and kept until the repair removes it.
 *
 * <p>Contract: {@link #record} is atomic per DPS alert id: of several records of one id exactly one returns true.
 * Lookups are empty when absent. Failures throw {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface AlertDuplicates {

    /** Records the duplicate; false when that DPS alert was recorded already (nothing changes). */
    boolean record(AlertDuplicate duplicate);

    Optional<AlertDuplicate> find(String dpsAlertId);

    List<AlertDuplicate> findByPrisoner(String prisonerNumber);

    /** Forgets the duplicate once it is removed; false if there was none. */
    boolean remove(String dpsAlertId);
}
