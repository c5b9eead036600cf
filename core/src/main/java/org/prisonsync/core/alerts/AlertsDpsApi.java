package org.prisonsync.core.alerts;

import java.util.List;
import java.util.Optional;

/**
 * The DPS alerts API. Writes are sent with {@code Source: NOMIS}, so the {@code person.alert.*} events they raise
 * carry {@code additionalInformation.source = NOMIS} and are recognised as echoes.
 *
 * <p>Contract: {@link #findAlert} is empty on 404; update and delete return false when DPS has no such alert.
 * {@link #createAlert} refuses (409, thrown as {@link org.prisonsync.core.UpstreamRejected}) an active alert whose
 * code the prisoner already has active. {@link #resynchronise} deletes every alert of the prisoner and creates the
 * given ones in their place (an empty list removes them all), returning the new uuids. Unreachable / 5xx / timeouts
 * throw {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface AlertsDpsApi {

    /** {@code GET /alerts/{alertUuid}}. */
    Optional<DpsAlert> findAlert(String alertUuid);

    /** {@code POST /prisoners/{prisonNumber}/alerts} as NOMIS, on behalf of {@code username}. */
    DpsAlert createAlert(String prisonNumber, DpsAlertRequest request, String username);

    /** {@code PUT /alerts/{alertUuid}}; false when DPS has no such alert. */
    boolean updateAlert(String alertUuid, DpsAlertRequest request, String username);

    /** {@code DELETE /alerts/{alertUuid}}; false when DPS has no such alert (already deleted). */
    boolean deleteAlert(String alertUuid, String username);

    /** {@code GET /prisoners/{prisonNumber}/alerts}: all of the prisoner's alerts, active or not. */
    List<DpsAlert> alertsOf(String prisonNumber);

    /** {@code POST /resync/{prisonNumber}/alerts}. */
    List<ResyncedAlert> resynchronise(String prisonNumber, List<DpsResyncAlert> alerts);
}
