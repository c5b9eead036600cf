/**
 * The activities ports over HTTP: the DPS activities API and NOMIS's activity endpoints, at upstream's paths and
 * field names, behind {@link org.prisonsync.http.activities.ActivitiesHttp}.
 */
package org.prisonsync.http.activities;
