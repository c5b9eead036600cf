package org.prisonsync.core.alerts;

import java.util.List;

/**
 * The result of one alerts reconciliation: how many active prisoners there were and were checked, the pages read and
 * failed, the prisoners that could not be checked, and the mismatches in prisoner order.
 */
public record AlertsReconciliationReport(long activePrisoners, int prisonersChecked, int pagesChecked,
                                         int pageErrors, int prisonerErrors, List<AlertsMismatch> mismatches) {
    public AlertsReconciliationReport {
        mismatches = List.copyOf(mismatches);
    }

    /** Every prisoner was checked (whatever was found). */
    public boolean complete() {
        return pageErrors == 0 && prisonerErrors == 0;
    }
}
