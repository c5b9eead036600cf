/**
 * Adjudications: the DPS adjudications API's reads and NOMIS's adjudication endpoints over core's in-memory twins,
 * with the DPS events a user's actions publish, and seed 000's shared-hearing cascade.
 */
package org.prisonsync.simulator.adjudications;
