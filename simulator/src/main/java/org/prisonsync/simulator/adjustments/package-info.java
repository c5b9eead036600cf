/**
 * The sentencing adjustments' upstreams: the DPS adjustments API's legacy endpoints and NOMIS's adjustment endpoints,
 * each publishing its events (DPS's {@code release-date-adjustments.adjustment.*}, NOMIS's
 * {@code SENTENCE_ADJUSTMENT_*}/{@code KEY_DATE_ADJUSTMENT_*} with the writer's audit module).
 */
package org.prisonsync.simulator.adjustments;
