package org.prisonsync.core.casenotes;

import java.util.Objects;

/**
 * One difference the case notes reconciliation found for a prisoner. {@code subject} names the note it is about
 * ({@code nomis-<caseNoteId>} or {@code dps-<uuid>}, unique within the prisoner), {@code twin} the mapped note a
 * duplicate repeats (null otherwise), and {@code provable} whether a duplicate may be removed without a person
 * (see {@link CaseNotesComparison} for the rule); {@code detail} says it in words.
 */
public record CaseNoteDifference(Kind kind, String subject, String nomisId, String dpsId, String twin,
                                 boolean provable, String detail) {

    public enum Kind {
        /** A mapped pair whose type, sub-type, text, occurrence time or author differ. */
        FIELDS_DIFFER,
        /** A mapping names a NOMIS note NOMIS does not hold. */
        MAPPED_NOMIS_MISSING,
        /** A mapping names a DPS note DPS does not hold. */
        MAPPED_DPS_MISSING,
        /** An unmapped NOMIS note that repeats no mapped one. */
        NOMIS_ONLY,
        /** An unmapped DPS note that repeats no mapped one. */
        DPS_ONLY,
        /** An unmapped NOMIS note identical to a mapped NOMIS note of the prisoner. */
        NOMIS_DUPLICATE,
        /** An unmapped DPS note identical to a mapped DPS note of the prisoner. */
        DPS_DUPLICATE;

        public boolean duplicate() {
            return this == NOMIS_DUPLICATE || this == DPS_DUPLICATE;
        }
    }

    public CaseNoteDifference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        if (provable && !kind.duplicate()) {
            throw new IllegalArgumentException("only a duplicate is provable");
        }
    }

    public CaseNoteDifference withDetail(String more) {
        return new CaseNoteDifference(kind, subject, nomisId, dpsId, twin, provable, detail + more);
    }
}
