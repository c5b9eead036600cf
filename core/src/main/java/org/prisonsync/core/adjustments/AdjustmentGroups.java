package org.prisonsync.core.adjustments;

import java.util.Map;
import java.util.TreeMap;

/**
 * Upstream's reconciliation counts adjustments by type, the remand types together (RSR, RX) and the tagged-bail types
 * together (S240A, RST); every other type (UR, LAL, UAL, RADA, ADA, SREM …) is its own group.
 */
final class AdjustmentGroups {
    private AdjustmentGroups() {
    }

    static String group(String type) {
        return switch (type) {
            case "RSR", "RX" -> "REMAND";
            case "S240A", "RST" -> "TAGGED_BAIL";
            default -> type;
        };
    }

    static Map<String, Integer> count(Iterable<String> types) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String type : types) {
            counts.merge(group(type), 1, Integer::sum);
        }
        return counts;
    }
}
