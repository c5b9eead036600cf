package org.prisonsync.core.alerts;

import java.util.Objects;

/**
 * The field mapping between DPS and NOMIS alerts: DPS {@code description} is the NOMIS {@code comment},
 * {@code activeFrom} / {@code activeTo} the NOMIS {@code date} / {@code expiryDate}.
 */
public final class AlertTranslation {
    /** Who NOMIS records as the writer when DPS names nobody. */
    static final String SYNC_USER = "PRISONER_MANAGER_API";

    private AlertTranslation() {
    }

    public static NomisAlertRequest toNomisCreate(DpsAlert alert) {
        return new NomisAlertRequest(alert.alertCode(), alert.activeFrom(), alert.activeTo(), alert.active(),
                alert.description(), alert.authorisedBy(), userOr(alert.createdBy()));
    }

    public static NomisAlertRequest toNomisUpdate(DpsAlert alert) {
        return new NomisAlertRequest(alert.alertCode(), alert.activeFrom(), alert.activeTo(), alert.active(),
                alert.description(), alert.authorisedBy(), userOr(alert.lastUser()));
    }

    public static DpsAlertRequest toDps(NomisAlert alert) {
        return new DpsAlertRequest(alert.alertCode(), alert.comment(), alert.authorisedBy(), alert.date(),
                alert.expiryDate());
    }

    /**
     * The NOMIS alert as the DPS resync body: its audit comes along (created at/by, last modified at/by, display
     * names), as upstream sends it. A modification time without a modifier (NOMIS audits both together) is dropped,
     * since DPS refuses one without the other.
     */
    public static DpsResyncAlert toResync(NomisAlert alert) {
        String createdBy = userOr(alert.createUsername());
        String modifiedBy = blankToNull(alert.modifyUsername());
        return new DpsResyncAlert(alert.id(), alert.alertCode(), alert.comment(), alert.authorisedBy(),
                alert.date(), alert.expiryDate(), alert.active(), alert.createdAt(), createdBy,
                alert.createDisplayName(), modifiedBy == null ? null : alert.modifiedAt(), modifiedBy,
                modifiedBy == null ? null : alert.modifyDisplayName());
    }

    /** True when the DPS alert says what the NOMIS alert says (the fields a resync would set). */
    public static boolean sameContent(NomisAlert nomis, DpsAlert dps) {
        return nomis.alertCode().equals(dps.alertCode())
                && nomis.date().equals(dps.activeFrom())
                && Objects.equals(nomis.expiryDate(), dps.activeTo())
                && Objects.equals(blankToNull(nomis.comment()), blankToNull(dps.description()))
                && Objects.equals(blankToNull(nomis.authorisedBy()), blankToNull(dps.authorisedBy()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String userOr(String user) {
        return user == null || user.isBlank() ? SYNC_USER : user;
    }
}
