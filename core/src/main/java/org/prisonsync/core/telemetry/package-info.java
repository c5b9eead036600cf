/**
 * Telemetry: named custom events with string properties, the stable API operators search and alert on
 * ({@code visit-create-success}, {@code prison-visit.booked-sent-to-dlq} …). The port, a structured-logging
 * implementation and a fan-out.
 */
package org.prisonsync.core.telemetry;
