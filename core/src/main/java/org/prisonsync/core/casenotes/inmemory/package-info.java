/** In-memory twins of the case notes ports: the core's tests, the simulator and the embedded default run on them. */
package org.prisonsync.core.casenotes.inmemory;
