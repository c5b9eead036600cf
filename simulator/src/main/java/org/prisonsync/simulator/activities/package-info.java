/**
 * Activities in the simulator: the DPS activities API's reads over entity stores, publishing its domain events, and
 * NOMIS's activity endpoints over core's in-memory NOMIS activities (with its natural-key upserts).
 */
package org.prisonsync.simulator.activities;
