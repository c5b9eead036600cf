/**
 * The simulator's non-associations: the DPS non-associations API and NOMIS's non-association endpoints at their real
 * paths over core's in-memory twins, the DPS events (and NOMIS's merge), and the generator planting reconciliation
 * differences and the merge with a shared third party.
 */
package org.prisonsync.simulator.nonassociations;
