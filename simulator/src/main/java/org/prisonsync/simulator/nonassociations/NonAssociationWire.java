package org.prisonsync.simulator.nonassociations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.nonassociations.DpsNonAssociation;
import org.prisonsync.core.nonassociations.LegacyNonAssociation;
import org.prisonsync.core.nonassociations.NomisNonAssociation;
import org.prisonsync.core.nonassociations.NonAssociationPair;

/** The JSON shapes of the two APIs: DPS's {@code NonAssociation} and {@code LegacyNonAssociation}, NOMIS's responses. */
final class NonAssociationWire {
    private static final Map<String, String> ROLES = Map.of("VICTIM", "Victim", "PERPETRATOR", "Perpetrator",
            "NOT_RELEVANT", "Not relevant", "UNKNOWN", "Unknown");
    private static final Map<String, String> REASON_CODES = Map.of("VIC", "Victim", "PER", "Perpetrator",
            "BUL", "Bully", "RIV", "Rival Gang", "NOT_REL", "Not relevant", "UNKNOWN", "Unknown");
    private static final Map<String, String> RESTRICTIONS = Map.of("CELL", "Cell only", "LANDING",
            "Cell and landing", "WING", "Cell, landing and wing");
    private static final Map<String, String> TYPES = Map.of("CELL", "Do Not Locate in Same Cell", "LAND",
            "Do Not Locate on Same Landing", "WING", "Do Not Locate on Same Wing");

    private NonAssociationWire() {
    }

    static Map<String, Object> dps(DpsNonAssociation na) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", na.id());
        wire.put("firstPrisonerNumber", na.firstPrisonerNumber());
        wire.put("firstPrisonerRole", na.firstPrisonerRole());
        wire.put("firstPrisonerRoleDescription", ROLES.getOrDefault(na.firstPrisonerRole(), na.firstPrisonerRole()));
        wire.put("secondPrisonerNumber", na.secondPrisonerNumber());
        wire.put("secondPrisonerRole", na.secondPrisonerRole());
        wire.put("secondPrisonerRoleDescription",
                ROLES.getOrDefault(na.secondPrisonerRole(), na.secondPrisonerRole()));
        wire.put("reason", na.reason());
        wire.put("reasonDescription", na.reason());
        wire.put("restrictionType", na.restrictionType());
        wire.put("restrictionTypeDescription", RESTRICTIONS.getOrDefault(na.restrictionType(),
                na.restrictionType()));
        wire.put("comment", na.comment());
        wire.put("authorisedBy", na.authorisedBy());
        wire.put("whenCreated", na.whenCreated().toString());
        wire.put("whenUpdated", na.whenUpdated().toString());
        wire.put("updatedBy", na.updatedBy());
        wire.put("isClosed", na.closed());
        wire.put("closedBy", na.closed() ? na.updatedBy() : null);
        wire.put("closedReason", na.closed() ? "No longer needed" : null);
        wire.put("closedAt", na.closedAt() == null ? null : na.closedAt().toString());
        wire.put("isOpen", !na.closed());
        return wire;
    }

    static Map<String, Object> legacy(LegacyNonAssociation na) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", na.id());
        wire.put("offenderNo", na.offenderNo());
        wire.put("reasonCode", na.reasonCode());
        wire.put("reasonDescription", REASON_CODES.getOrDefault(na.reasonCode(), na.reasonCode()));
        wire.put("typeCode", na.typeCode());
        wire.put("typeDescription", TYPES.getOrDefault(na.typeCode(), na.typeCode()));
        wire.put("effectiveDate", na.effectiveDate().toString());
        wire.put("expiryDate", na.expiryDate() == null ? null : na.expiryDate().toString());
        wire.put("authorisedBy", na.authorisedBy());
        wire.put("comments", na.comments());
        wire.put("offenderNonAssociation", Map.of("offenderNo", na.nsOffenderNo(), "reasonCode",
                na.recipReasonCode(), "reasonDescription",
                REASON_CODES.getOrDefault(na.recipReasonCode(), na.recipReasonCode())));
        return wire;
    }

    static Map<String, Object> nomis(NomisNonAssociation na) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("offenderNo", na.offenderNo());
        wire.put("nsOffenderNo", na.nsOffenderNo());
        wire.put("typeSequence", na.typeSequence());
        wire.put("reason", na.reason());
        wire.put("recipReason", na.recipReason());
        wire.put("type", na.type());
        wire.put("authorisedBy", na.authorisedBy());
        wire.put("updatedBy", na.updatedBy());
        wire.put("effectiveDate", na.effectiveDate().toString());
        wire.put("expiryDate", na.expiryDate() == null ? null : na.expiryDate().toString());
        wire.put("comment", na.comment());
        return wire;
    }

    static Map<String, Object> pair(NonAssociationPair pair) {
        return Map.of("offenderNo1", pair.first(), "offenderNo2", pair.second());
    }
}
