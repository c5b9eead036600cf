package org.prisonsync.core.activities;

import org.prisonsync.core.UpstreamUnavailable;

/**
 * NOMIS failed an allocation or attendance upsert because its natural key holds more than one row: upstream answers
 * 500 with Hibernate's "query did not return a unique result" (seed 000, "duplicate allocations and attendances").
 * Unavailable, not rejected, as upstream treats it: the same call succeeds once the extra row is deleted, so the
 * message waits on the retry ladder rather than being purged.
 */
public final class NotUniqueInNomis extends UpstreamUnavailable {
    /** The text NOMIS's answer carries (its {@code userMessage} / {@code developerMessage}). */
    public static final String NOMIS_TEXT = "query did not return a unique result";

    public NotUniqueInNomis(String message) {
        super(message);
    }

    /** Whether an error text from NOMIS is this failure. */
    public static boolean describes(String text) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(NOMIS_TEXT);
    }
}
