/**
 * Alerts: DPS alerts API ⇄ NOMIS alerts, both ways. Alert-level changes ({@code person.alert.*} to NOMIS,
 * {@code ALERT-*} from NOMIS) use the direct mappings (DPS alert uuid ⇄ NOMIS booking id + alert sequence);
 * prisoner-level changes (merge, booking moved, new admission, switched booking) resynchronise the prisoner's alerts
 * from NOMIS's current booking as ADR004 decides. Also the records, the ports, the reconciliation of active alerts
 * and the repairs (resynchronise either way, remove a double-submitted DPS alert).
 */
package org.prisonsync.core.alerts;
