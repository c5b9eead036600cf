/** The sentencing adjustments domain's wiring: its HTTP adapters and its {@code SyncDomain}. */
package org.prisonsync.wiring.adjustments;
