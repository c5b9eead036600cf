package org.prisonsync.core.adjustments;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.message.Ids;

/**
 * A NOMIS adjustment's identity: its category and its id in that category's table, written {@code "SENTENCE:987"}
 * or {@code "KEY-DATE:987"} as the mapping's NOMIS id (the mapping service keys on the same pair).
 */
public record NomisAdjustmentId(AdjustmentCategory category, long id) {
    public NomisAdjustmentId {
        Objects.requireNonNull(category, "category");
        if (id < 1) {
            throw new IllegalArgumentException("a NOMIS adjustment id is positive, was " + id);
        }
    }

    public static NomisAdjustmentId sentence(long id) {
        return new NomisAdjustmentId(AdjustmentCategory.SENTENCE, id);
    }

    public static NomisAdjustmentId keyDate(long id) {
        return new NomisAdjustmentId(AdjustmentCategory.KEY_DATE, id);
    }

    public String key() {
        return category.code() + ":" + id;
    }

    /** The id a mapping's NOMIS key names; empty unless it is a category, a colon and a positive ASCII number. */
    public static Optional<NomisAdjustmentId> parseKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int colon = key.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Optional<AdjustmentCategory> category = AdjustmentCategory.fromCode(key.substring(0, colon));
        OptionalLong id = Ids.parsePositiveLong(key.substring(colon + 1));
        if (category.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NomisAdjustmentId(category.get(), id.getAsLong()));
    }

    @Override
    public String toString() {
        return key();
    }
}
