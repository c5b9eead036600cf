/**
 * The activities ports in memory: DPS activities ({@link org.prisonsync.core.activities.inmemory.InMemoryActivitiesDpsApi})
 * and NOMIS course activities, allocations and attendances
 * ({@link org.prisonsync.core.activities.inmemory.InMemoryActivitiesNomisApi}), for core's tests, the simulator and
 * anyone testing their own rules.
 */
package org.prisonsync.core.activities.inmemory;
