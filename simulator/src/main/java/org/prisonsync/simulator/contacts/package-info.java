/** Contacts in the simulator: NOMIS's person endpoints and the personal relationships API's sync endpoints. */
package org.prisonsync.simulator.contacts;
