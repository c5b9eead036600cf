/**
 * Activities to NOMIS: DPS activity schedules, scheduled instances, allocations and attendances (the activities API)
 * become NOMIS course activities (with pay rates, schedule rules and course schedules), course schedules, offender
 * program profiles and course attendances. One port per party ({@link org.prisonsync.core.activities.ActivitiesDpsApi},
 * {@link org.prisonsync.core.activities.ActivitiesNomisApi}), the handlers of the nine {@code activities.*} events on
 * the kit's create, update and upsert flows, and the domain's plug-in
 * ({@link org.prisonsync.core.activities.ActivitiesDomain}).
 */
package org.prisonsync.core.activities;
