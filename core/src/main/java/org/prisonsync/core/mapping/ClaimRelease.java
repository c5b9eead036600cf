package org.prisonsync.core.mapping;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Releasing a write claim once its mapping exists, where a failure to release is harmless. */
public final class ClaimRelease {
    private static final Logger log = LoggerFactory.getLogger(ClaimRelease.class);

    private ClaimRelease() {
    }

    /**
     * {@link WriteClaims#complete}, logging rather than throwing a failure: once the mapping is saved, a leftover
     * claim is never consulted again (every create checks the mapping before claiming) and it expires with its lease.
     */
    public static void quietly(WriteClaims claims, ClaimKey key) {
        try {
            claims.complete(key);
        } catch (RuntimeException e) {
            log.warn("could not remove claim {}: {}", key, e.getMessage());
        }
    }
}
