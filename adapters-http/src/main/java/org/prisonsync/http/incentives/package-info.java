/**
 * The incentives' HTTP adapters: OkHttp clients of the NOMIS prisoner API's incentive endpoints and of the DPS
 * incentives API, package-private behind the Dagger module {@link org.prisonsync.http.incentives.IncentivesHttp}.
 */
package org.prisonsync.http.incentives;
