package org.prisonsync.core.alerts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.prisonsync.core.mapping.Mapping;

/**
 * One prisoner's alerts as NOMIS (current booking), DPS and the mappings hold them. In step when every NOMIS alert is
 * mapped to a DPS alert of the same content and neither DPS nor the mappings hold anything else: then a resync would
 * change nothing but the DPS ids, and is skipped, which makes redelivered prisoner events harmless.
 */
public record PrisonerAlerts(String prisonerNumber, List<NomisAlert> nomis, List<DpsAlert> dps,
                             List<Mapping> mappings) {
    public PrisonerAlerts {
        Objects.requireNonNull(prisonerNumber, "prisonerNumber");
        nomis = List.copyOf(nomis);
        dps = List.copyOf(dps);
        mappings = List.copyOf(mappings);
    }

    public boolean inStep() {
        if (nomis.size() != dps.size() || nomis.size() != mappings.size()) {
            return false;
        }
        Map<String, Mapping> byNomisId = mappings.stream()
                .collect(Collectors.toMap(Mapping::nomisId, Function.identity(), (a, b) -> a));
        Map<String, DpsAlert> byUuid = dps.stream()
                .collect(Collectors.toMap(DpsAlert::alertUuid, Function.identity(), (a, b) -> a));
        for (NomisAlert alert : nomis) {
            Mapping mapping = byNomisId.get(alert.id().key());
            DpsAlert dpsAlert = mapping == null ? null : byUuid.get(mapping.dpsId());
            if (dpsAlert == null || !AlertTranslation.sameContent(alert, dpsAlert)) {
                return false;
            }
        }
        return true;
    }

    /** The codes, for telemetry and repair plans: {@code "HA,XA"}. */
    public static String codes(List<NomisAlert> alerts) {
        return alerts.stream().map(NomisAlert::alertCode).sorted().collect(Collectors.joining(","));
    }
}
