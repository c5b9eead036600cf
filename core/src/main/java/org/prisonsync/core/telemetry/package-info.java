/**
 * Telemetry: named custom events with string properties, the stable API operators search and alert on
 * ({@code visit-create-success}, {@code prison-visit.booked-sent-to-dlq} …). The port, a structured-logging
 * implementation and a fan-out; and the port the steps inside one sync go to ({@link
 * org.prisonsync.core.telemetry.StepTrail}, the event trail only, never the logs or the metrics).
 */
package org.prisonsync.core.telemetry;
