/** The in-memory twin of the shared location mappings, for core's tests, library users and the simulator. */
package org.prisonsync.core.locations.inmemory;
