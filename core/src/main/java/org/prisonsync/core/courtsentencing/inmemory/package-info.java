/** In-memory twins of the court sentencing ports (also the simulator's state). */
package org.prisonsync.core.courtsentencing.inmemory;
