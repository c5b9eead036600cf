/**
 * Telemetry: named custom events with string properties, the stable API operators search and alert on
 * ({@code visit-create-success}, {@code prison-visit.booked-sent-to-dlq} …). The port, a structured-logging
 * implementation and a fan-out. A sync's outcome carries the steps inside it ({@link
 * org.prisonsync.core.telemetry.Telemetry#outcome}): kept by the event trail only, never events of their own in the
 * logs, the metrics or the alerts.
 */
package org.prisonsync.core.telemetry;
