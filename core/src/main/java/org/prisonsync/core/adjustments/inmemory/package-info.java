/** In-memory twins of the sentencing adjustments ports, for tests and the simulator. */
package org.prisonsync.core.adjustments.inmemory;
