package org.prisonsync.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The NOMIS alert as the DPS resync body carries it: content and audit, as upstream sends them. */
class AlertTranslationTest {
    private static final NomisAlertId ID = new NomisAlertId(1234567, 3);
    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 1, 5, 9, 30);
    private static final LocalDateTime MODIFIED = LocalDateTime.of(2026, 2, 7, 16, 45, 12);

    private static NomisAlert alert(String modifyUser, LocalDateTime modifiedAt, String createName,
                                    String modifyName) {
        return new NomisAlert(ID, 1, "HA", LocalDate.of(2026, 1, 5), null, true, "self harm", "Governor", CREATED,
                "OFFICER_A", modifyUser, "OCDALERT", null, modifiedAt, createName, modifyName);
    }

    @Test
    void theResyncCarriesWhenAndByWhomTheAlertWasLastModifiedWithDisplayNames() {
        DpsResyncAlert resync = AlertTranslation.toResync(alert("OFFICER_B", MODIFIED, "Anne Officer", "Bob Officer"));

        assertThat(resync.createdAt()).isEqualTo(CREATED);
        assertThat(resync.createdBy()).isEqualTo("OFFICER_A");
        assertThat(resync.createdByDisplayName()).isEqualTo("Anne Officer");
        assertThat(resync.lastModifiedAt()).isEqualTo(MODIFIED);
        assertThat(resync.lastModifiedBy()).isEqualTo("OFFICER_B");
        assertThat(resync.lastModifiedByDisplayName()).isEqualTo("Bob Officer");
    }

    @Test
    void withoutDisplayNamesTheUsernamesStandInAsUpstreamDoes() {
        DpsResyncAlert resync = AlertTranslation.toResync(alert("OFFICER_B", MODIFIED, null, null));

        assertThat(resync.createdByDisplayName()).isEqualTo("OFFICER_A");
        assertThat(resync.lastModifiedByDisplayName()).isEqualTo("OFFICER_B");
    }

    @Test
    void anAlertNeverModifiedHasNoLastModifiedFieldsAndAModificationTimeWithoutAModifierIsDropped() {
        DpsResyncAlert never = AlertTranslation.toResync(alert(null, null, "Anne Officer", null));
        DpsResyncAlert noModifier = AlertTranslation.toResync(alert(null, MODIFIED, null, "Bob Officer"));

        assertThat(never.lastModifiedAt()).isNull();
        assertThat(never.lastModifiedBy()).isNull();
        assertThat(never.lastModifiedByDisplayName()).isNull();
        assertThat(noModifier.lastModifiedAt()).as("DPS refuses lastModifiedAt without lastModifiedBy").isNull();
        assertThat(noModifier.lastModifiedByDisplayName()).isNull();
    }
}
