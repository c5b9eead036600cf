/**
 * What every domain shares about locations: the mapping service's DPS location uuid → NOMIS internal location id
 * ({@link org.prisonsync.core.locations.LocationMappings}, one port handed to each domain that needs it, as
 * {@code prisoners.ActivePrisoners} is) and the one rule for translating through it
 * ({@link org.prisonsync.core.locations.NomisLocations}: an unmapped location is tracked and retried, never guessed).
 * Not a domain: no queue, no handlers, so any domain may import it.
 */
package org.prisonsync.core.locations;
