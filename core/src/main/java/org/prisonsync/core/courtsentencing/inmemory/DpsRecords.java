package org.prisonsync.core.courtsentencing.inmemory;

import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi;

/** Stores any legacy DPS record in the twin by its type (what contract tests and the simulator plant). */
public final class DpsRecords {
    private DpsRecords() {
    }

    public static void put(InMemoryCourtSentencingDpsApi dps, Object record) {
        if (record instanceof CourtSentencingDpsApi.LegacyCourtCase c) {
            dps.put(c);
        } else if (record instanceof CourtSentencingDpsApi.LegacyCourtAppearance a) {
            dps.put(a);
        } else if (record instanceof CourtSentencingDpsApi.LegacyCharge c) {
            dps.put(c);
        } else if (record instanceof CourtSentencingDpsApi.LegacySentence s) {
            dps.put(s);
        } else if (record instanceof CourtSentencingDpsApi.LegacyPeriodLength p) {
            dps.put(p);
        } else if (record instanceof CourtSentencingDpsApi.LegacyRecall r) {
            dps.put(r);
        } else {
            throw new IllegalArgumentException("not a DPS court sentencing record: " + record);
        }
    }
}
