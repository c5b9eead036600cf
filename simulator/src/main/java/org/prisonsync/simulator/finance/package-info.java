/** Finance: NOMIS's transaction endpoints and row events, and the DPS finance sync endpoint recording each call. */
package org.prisonsync.simulator.finance;
