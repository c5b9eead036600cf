package org.prisonsync.core.migration;

import java.util.List;

/** What a start would do, before anything starts: the estimate and what the operator should know first. */
public record MigrationPreview(String type, long estimatedCount, long messagesOnDlq, List<String> warnings) {
    public MigrationPreview {
        warnings = List.copyOf(warnings);
    }
}
