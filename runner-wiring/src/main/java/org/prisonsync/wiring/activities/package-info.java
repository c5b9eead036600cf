/** The activities domain's wiring: its HTTP adapters and its {@code SyncDomain}. */
package org.prisonsync.wiring.activities;
