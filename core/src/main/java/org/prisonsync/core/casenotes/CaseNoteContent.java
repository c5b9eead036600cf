package org.prisonsync.core.casenotes;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What both systems hold of a case note and what the sync compares: type and sub-type codes, when it happened, its
 * text and its author's username. A duplicate is a second note of one prisoner with all five equal.
 */
public record CaseNoteContent(String type, String subType, LocalDateTime occurrence, String text, String author) {
    public CaseNoteContent {
        requireCode(type, "type");
        requireCode(subType, "subType");
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(text, "text");
        requireCode(author, "author");
    }

    private static void requireCode(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("case note " + name + " is required");
        }
    }
}
