/** In-memory twins of the appointments ports, held to the same contracts as the HTTP adapters. */
package org.prisonsync.core.appointments.inmemory;
