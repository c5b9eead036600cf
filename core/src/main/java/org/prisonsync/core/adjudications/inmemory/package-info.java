/** In-memory twins of the adjudications ports (also the simulator's state). */
package org.prisonsync.core.adjudications.inmemory;
