/** Contacts' wiring: its ports' HTTP adapters into the domain plug-in. */
package org.prisonsync.wiring.contacts;
