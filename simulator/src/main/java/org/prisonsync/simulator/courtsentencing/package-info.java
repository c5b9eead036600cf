/** Court sentencing: DPS remand and sentencing's legacy reads and NOMIS's court sentencing endpoints (with its clones). */
package org.prisonsync.simulator.courtsentencing;
