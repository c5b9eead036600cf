/**
 * The event trail: every telemetry event, with the ids an operator searches by (prisoner, booking, NOMIS and DPS
 * ids), kept in a table for a retention period and queried by prisoner, booking, entity, event and time, so that
 * "what happened to A1234BC" is a command ({@code events --prisoner A1234BC}) instead of a log query. Written off the
 * sync's path, in batches, by {@link org.prisonsync.core.trail.TrailTelemetry}; names no domain.
 */
package org.prisonsync.core.trail;
