package org.prisonsync.simulator.prisoners;

import java.util.List;
import org.prisonsync.simulator.SimulatorSettings;

/**
 * The embedded default's demo prisoners ({@value #SETTING}={@code true}): four active prisoners, each with one
 * booking, seeded before any domain starts so the domains can give them data as if synchronised before this run
 * (alerts gives them alerts, {@value #MISMATCHED} planted out of step).
 */
public final class DemoPrisoners {
    public static final String SETTING = "DEMO_PRISONERS";
    public static final String MISMATCHED = "A1234BC";
    public static final List<String> NUMBERS = List.of(MISMATCHED, "B5678CD", "C9012DE", "D3456EF");

    private DemoPrisoners() {
    }

    /** Whether {@code settings} ask for the demo prisoners ({@code true}/{@code false}; false by default). */
    public static boolean wanted(SimulatorSettings settings) {
        return settings.setting(SETTING).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(SETTING + " must be true or false, was '" + value + "'");
        }).orElse(false);
    }
}
