package org.prisonsync.core.reconciliation;

import java.util.regex.Pattern;

/**
 * The sizes and shapes every store keeps without truncating (the JDBC columns are this wide), checked where the data
 * is made so that a bad key or an oversized value fails one item, not a batch of writes.
 */
final class Limits {
    static final int NAME = 40;
    static final int KEY = 100;
    static final int TEXT = 500;
    static final int VALUE = 4000;
    static final int FIELDS = 30;
    static final int FIELD_NAME = 60;
    /** Lower case words joined by single dashes: {@code incentives}, {@code court-case-active}. */
    private static final Pattern NAME_SHAPE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private Limits() {
    }

    static String name(String name) {
        if (name == null || name.length() > NAME || !NAME_SHAPE.matcher(name).matches()) {
            throw new IllegalArgumentException("a reconciliation name is lower-case words joined by dashes, at most "
                    + NAME + " characters: " + name);
        }
        return name;
    }

    /** Printable ASCII without spaces at either end: keys are prisoner numbers, booking ids, prison-and-date pairs. */
    static String key(String key) {
        if (key == null || key.isEmpty() || key.length() > KEY || !printableAscii(key) || !key.strip().equals(key)) {
            throw new IllegalArgumentException("a key is 1 to " + KEY
                    + " printable ASCII characters without surrounding spaces: " + key);
        }
        return key;
    }

    static String text(String what, String text, int max) {
        if (text == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (text.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return text;
    }

    private static boolean printableAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
