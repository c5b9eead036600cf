package org.prisonsync.simulator.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.simulator.SimulatorSettings;

/**
 * Makes plausible DPS visits: references shaped like the visit scheduler's ({@code ab-cd-ef-gh}), valid prisoner
 * numbers, future sessions at the usual times, the configured prison and visitors. Every choice comes from one
 * {@link Random} seeded with the settings' seed and id base, so the same calls on a fresh simulator with the same
 * settings give the same visits, while a fresh id base (the embedded default's, on each start) gives fresh references:
 * one meets a given reference an earlier run mapped by a 1 in 26^8 (2 x 10^11) chance.
 */
final class DpsVisitFactory {
    static final List<String> ROOMS = List.of("Visits Main Hall", "Visits Room 2", "Family Visits Room");
    private static final List<LocalTime> SESSIONS = List.of(LocalTime.of(9, 30), LocalTime.of(13, 45),
            LocalTime.of(14, 0), LocalTime.of(15, 30));

    private final VisitsSettings settings;
    private final Random random;
    private final Clock clock;

    DpsVisitFactory(SimulatorSettings simulator, VisitsSettings settings, Clock clock) {
        this.settings = settings;
        this.random = new Random(simulator.seed() ^ simulator.idBase());
        this.clock = clock;
    }

    /** A reference for which {@code taken} is false. */
    synchronized String nextReference(Predicate<String> taken) {
        while (true) {
            StringBuilder reference = new StringBuilder(11);
            for (int pair = 0; pair < 4; pair++) {
                if (pair > 0) {
                    reference.append('-');
                }
                reference.append(letter()).append(letter());
            }
            if (!taken.test(reference.toString())) {
                return reference.toString();
            }
        }
    }

    synchronized String nextPrisonerNumber() {
        return String.format(Locale.ROOT, "%c%04d%c%c", Character.toUpperCase(letter()), 1000 + random.nextInt(9000),
                Character.toUpperCase(letter()), Character.toUpperCase(letter()));
    }

    /** A booked social visit one to 28 days ahead, for a made-up prisoner. */
    synchronized DpsVisit nextVisit(Predicate<String> referenceTaken) {
        String reference = nextReference(referenceTaken);
        LocalDate day = LocalDate.now(clock).plusDays(1 + random.nextInt(28));
        LocalDateTime start = day.atTime(SESSIONS.get(random.nextInt(SESSIONS.size())));
        String room = ROOMS.get(random.nextInt(ROOMS.size()));
        return new DpsVisit(reference, nextPrisonerNumber(), settings.prisonId(), room, "SOCIAL", "BOOKED",
                null, "OPEN", start, start.plusHours(1), settings.visitors(), null);
    }

    /** Tomorrow at 14:00, the default start when a caller gives none. */
    LocalDateTime defaultStart() {
        return LocalDate.now(clock).plusDays(1).atTime(14, 0);
    }

    private char letter() {
        return (char) ('a' + random.nextInt(26));
    }
}
