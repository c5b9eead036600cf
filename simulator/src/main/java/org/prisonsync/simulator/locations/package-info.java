/** The mapping service's location mappings, shared by the simulated domains that name DPS locations. */
package org.prisonsync.simulator.locations;
