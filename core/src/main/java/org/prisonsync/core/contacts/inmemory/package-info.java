/** In-memory twins of the contacts ports: the state behind unit tests and the simulator. */
package org.prisonsync.core.contacts.inmemory;
