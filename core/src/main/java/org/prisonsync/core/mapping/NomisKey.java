package org.prisonsync.core.mapping;

import java.util.Arrays;
import java.util.List;

/** Canonical string form of composite NOMIS keys: parts joined with ':' (e.g. booking id and alert sequence). */
public final class NomisKey {
    private NomisKey() {
    }

    public static String of(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            String text = String.valueOf(part);
            if (text.contains(":")) {
                throw new IllegalArgumentException("a NOMIS key part cannot contain ':': " + text);
            }
            if (key.length() > 0) {
                key.append(':');
            }
            key.append(text);
        }
        return key.toString();
    }

    public static List<String> parts(String key) {
        return Arrays.asList(key.split(":"));
    }
}
