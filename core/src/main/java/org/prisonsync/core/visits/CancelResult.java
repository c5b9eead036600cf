package org.prisonsync.core.visits;

/** A cancel's result on either side. Already cancelled counts as success: cancels are idempotent. */
public enum CancelResult {
    CANCELLED,
    ALREADY_CANCELLED,
    NOT_FOUND
}
