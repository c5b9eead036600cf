package org.prisonsync.core.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;

/**
 * The ADR004 resync: NOMIS's current booking is authoritative for a prisoner's alerts after any prisoner-level
 * change. Read it, replace the prisoner's DPS alerts with it ({@code POST /resync/{prisonNumber}/alerts}), then
 * replace the prisoner's mappings with the new ids, all prisoners of one event at once.
 *
 * <p>Prisoners already in step are left alone only when all are (a redelivery); otherwise everyone in the event is
 * resynchronised. Should a new mapping collide with another prisoner's (a booking that moved without an event we
 * saw), that prisoner's view in NOMIS is equally authoritative, so it joins the resync, up to {@value #MAX_JOINED}
 * such prisoners.
 */
public final class PrisonerAlertsResync {
    static final int MAX_JOINED = 3;

    private final AlertsNomisApi nomis;
    private final AlertsDpsApi dps;
    private final MappingStore mappings;
    private final PrisonerMappings prisonerMappings;

    public PrisonerAlertsResync(AlertsNomisApi nomis, AlertsDpsApi dps, MappingStore mappings,
                                PrisonerMappings prisonerMappings) {
        this.nomis = nomis;
        this.dps = dps;
        this.mappings = mappings;
        this.prisonerMappings = prisonerMappings;
    }

    /** The prisoner as the three parties hold them; {@code emptied} prisoners (merged away) should have nothing. */
    public PrisonerAlerts read(String prisonerNumber, boolean emptied) {
        return new PrisonerAlerts(prisonerNumber,
                emptied ? List.of() : nomis.currentBookingAlerts(prisonerNumber),
                dps.alertsOf(prisonerNumber),
                mappings.findByPrisoner(AlertsSync.ENTITY_TYPE, prisonerNumber));
    }

    /** Plans (reads only) the resync of {@code fromNomis} prisoners and the emptying of {@code emptied} ones. */
    public List<PrisonerAlerts> plan(List<String> fromNomis, List<String> emptied) {
        List<PrisonerAlerts> states = new ArrayList<>();
        for (String p : new LinkedHashSet<>(fromNomis)) {
            states.add(read(p, false));
        }
        for (String p : new LinkedHashSet<>(emptied)) {
            if (!fromNomis.contains(p)) {
                states.add(read(p, true));
            }
        }
        return states;
    }

    public ResyncResult resync(List<String> fromNomis, List<String> emptied) {
        List<PrisonerAlerts> states = plan(fromNomis, emptied);
        if (states.stream().allMatch(PrisonerAlerts::inStep)) {
            return new ResyncResult(states, false, 0, null);
        }
        Map<String, List<ResyncedAlert>> created = new LinkedHashMap<>();
        List<PrisonerAlerts> all = new ArrayList<>(states);
        states.forEach(s -> created.put(s.prisonerNumber(), resyncDps(s)));
        for (int joined = 0; ; joined++) {
            MappingReplacement replaced = prisonerMappings.replace(AlertsSync.ENTITY_TYPE, created.keySet(),
                    mappingsOf(created));
            if (replaced instanceof MappingReplacement.Replaced) {
                int count = created.values().stream().mapToInt(List::size).sum();
                return new ResyncResult(all, true, count, null);
            }
            Mapping existing = ((MappingReplacement.Conflict) replaced).existing();
            String other = existing.prisonerNumber();
            if (other == null || created.containsKey(other) || joined >= MAX_JOINED) {
                return new ResyncResult(all, true, 0, "new mapping of NOMIS alert " + existing.nomisId()
                        + " collides with " + existing);
            }
            PrisonerAlerts otherState = read(other, false);
            all.add(otherState);
            created.put(other, resyncDps(otherState));
        }
    }

    private List<ResyncedAlert> resyncDps(PrisonerAlerts state) {
        return dps.resynchronise(state.prisonerNumber(),
                state.nomis().stream().map(AlertTranslation::toResync).toList());
    }

    private static List<Mapping> mappingsOf(Map<String, List<ResyncedAlert>> created) {
        List<Mapping> result = new ArrayList<>();
        created.forEach((prisoner, alerts) -> alerts.forEach(a -> result.add(Mapping.of(AlertsSync.ENTITY_TYPE,
                a.nomisId().key(), a.alertUuid(), prisoner, MappingTypes.NOMIS_CREATED))));
        return result;
    }
}
