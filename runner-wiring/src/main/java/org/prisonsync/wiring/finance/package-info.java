/** The finance domain's wiring: its HTTP adapters, its transaction buffer and its {@code SyncDomain}. */
package org.prisonsync.wiring.finance;
