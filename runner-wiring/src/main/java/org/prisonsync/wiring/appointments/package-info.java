/** The appointments domain's wiring: its HTTP adapters, its {@code SyncDomain} and its operations. */
package org.prisonsync.wiring.appointments;
