/**
 * Repairs: the runbook's manual procedures as operations that plan first (dry run) and report what they did.
 * Each domain's repairs live in the domain's package and return a {@link org.prisonsync.core.repair.RepairReport}.
 */
package org.prisonsync.core.repair;
