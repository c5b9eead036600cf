package org.prisonsync.simulator.visits;

import java.util.Arrays;
import java.util.List;
import org.prisonsync.simulator.SimulatorSettings;

/**
 * Which prison and visitors the simulator's made-up visits use: the upstream {@code MOCK_VISITS_PRISON_ID} /
 * {@code MOCK_VISITS_VISITORS} overrides, read from {@link SimulatorSettings#setting}; MDI and two visitors by default.
 */
public record VisitsSettings(String prisonId, List<Long> visitors) {
    public static final String PRISON_ID_ENV = "MOCK_VISITS_PRISON_ID";
    public static final String VISITORS_ENV = "MOCK_VISITS_VISITORS";
    static final List<String> NAMES = List.of(PRISON_ID_ENV, VISITORS_ENV);
    private static final String DEFAULT_PRISON = "MDI";
    private static final List<Long> DEFAULT_VISITORS = List.of(4729570L, 4729580L);

    public VisitsSettings {
        if (prisonId == null || prisonId.isBlank()) {
            throw new IllegalArgumentException(PRISON_ID_ENV + " must not be blank");
        }
        visitors = List.copyOf(visitors);
    }

    /** The visits settings in {@code settings}; a value that is not usable is refused, naming its variable. */
    public static VisitsSettings of(SimulatorSettings settings) {
        return new VisitsSettings(settings.setting(PRISON_ID_ENV).orElse(DEFAULT_PRISON),
                settings.setting(VISITORS_ENV).map(VisitsSettings::parseVisitors).orElse(DEFAULT_VISITORS));
    }

    private static List<Long> parseVisitors(String commaList) {
        try {
            return Arrays.stream(commaList.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(VISITORS_ENV + " must be a comma list of person ids, was '"
                    + commaList + "'", e);
        }
    }
}
