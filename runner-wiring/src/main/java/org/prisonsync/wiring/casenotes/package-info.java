/** The case notes domain's wiring: its HTTP adapters and its {@code SyncDomain}. */
package org.prisonsync.wiring.casenotes;
