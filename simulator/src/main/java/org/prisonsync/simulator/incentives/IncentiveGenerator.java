package org.prisonsync.simulator.incentives;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;

/**
 * Seeds prisoners for incentive reconciliation tests and benchmarks: {@code count} active prisoners, each admitted on
 * a booking of its own, with a current DPS review and the matching current NOMIS IEP (as if prison-sync had copied
 * it), written without events. {@code mismatches} of them are planted out of step, one kind after another (see
 * {@link Kind}), and returned with their prisoner numbers, bookings and the side likely wrong. Everything but the
 * dates (which hang off today) follows from the seed; prisoner numbers are consecutive from a point the seed picks,
 * skipping any that already have a booking.
 */
public final class IncentiveGenerator {
    /** The ways the generator puts NOMIS and DPS out of step. */
    public enum Kind {
        /** A later manual NOMIS review ({@code OIDOIEPS} or {@code JDBC Thin Client}) at another level: NOMIS wrong. */
        NOMIS_MANUAL_REVIEW("NOMIS"),
        /** A later system-generated NOMIS IEP (a transfer in) at another level, a double transfer: NOMIS wrong. */
        NOMIS_SYSTEM_IEP_AFTER_DPS("NOMIS"),
        /** DPS has no review for the prisoner; NOMIS has its IEP. */
        DPS_NO_REVIEW("DPS"),
        /** NOMIS has no IEP on the booking; DPS has its review. */
        NOMIS_NO_IEP("NOMIS");

        private final String likelyWrong;

        Kind(String likelyWrong) {
            this.likelyWrong = likelyWrong;
        }

        public String likelyWrong() {
            return likelyWrong;
        }
    }

    /** One planted mismatch; a level is null where that side has none. */
    public record Planted(String prisonerNumber, long bookingId, Kind kind, String nomisLevel, String dpsLevel,
                          String nomisAuditModule, String likelyWrong) {
    }

    /** What a run seeded: how many prisoners, the first and last prisoner numbers, and the planted mismatches. */
    public record Generated(int prisoners, long seed, String firstPrisonerNumber, String lastPrisonerNumber,
                            List<Planted> mismatches) {
    }

    static final List<String> PRISONS = List.of("MDI", "LEI", "BXI");
    /** Prisoner numbers: a letter, four digits, two letters. */
    private static final long NUMBER_SPACE = 26L * 10_000 * 676;
    private static final String GENERATED_BY = "SIM_GENERATOR";

    private final PrisonersSimulation prisoners;
    private final DpsIncentives dps;
    private final NomisIncentives nomis;
    private final Clock clock;

    IncentiveGenerator(PrisonersSimulation prisoners, DpsIncentives dps, NomisIncentives nomis, Clock clock) {
        this.prisoners = prisoners;
        this.dps = dps;
        this.nomis = nomis;
        this.clock = clock;
    }

    public Generated generate(int count, long seed, int mismatches) {
        if (count < 1 || count > 1_000_000) {
            throw new IllegalArgumentException("count must be 1-1000000, was " + count);
        }
        if (mismatches < 0 || mismatches > count) {
            throw new IllegalArgumentException("mismatches must be 0-count, was " + mismatches);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Kind[] planted = plantedKinds(count, mismatches, new SplittableRandom(~seed));
        LocalDateTime today = LocalDate.now(clock).atStartOfDay();
        long next = Math.floorMod(random.nextLong(), NUMBER_SPACE);
        List<Planted> result = new ArrayList<>(mismatches);
        String first = null;
        String last = null;
        int plantedSoFar = 0;
        for (int i = 0; i < count; i++) {
            String prisoner = number(next);
            next = (next + 1) % NUMBER_SPACE;
            while (prisoners.currentBooking(prisoner).isPresent()) {
                prisoner = number(next);
                next = (next + 1) % NUMBER_SPACE;
            }
            first = first == null ? prisoner : first;
            last = prisoner;
            String prison = PRISONS.get(random.nextInt(PRISONS.size()));
            String level = level(random.nextInt(10));
            LocalDateTime reviewed = today.minusDays(1 + random.nextInt(365)).plusMinutes(480 + random.nextInt(600));
            long booking = prisoners.admit(prisoner);
            Kind kind = planted[i];
            if (kind != Kind.DPS_NO_REVIEW) {
                dps.seedReview(prisoner, booking, level, reviewed, prison, "generated review", GENERATED_BY);
            }
            if (kind != Kind.NOMIS_NO_IEP) {
                nomis.create(booking, prisoner, level, reviewed, prison, "generated review", GENERATED_BY,
                        NomisIncentives.SYNCHRONISATION);
            }
            if (kind == null) {
                continue;
            }
            String nomisLevel = kind == Kind.NOMIS_NO_IEP ? null : level;
            String audit = kind == Kind.NOMIS_NO_IEP ? null : NomisIncentives.SYNCHRONISATION;
            if (kind == Kind.NOMIS_MANUAL_REVIEW || kind == Kind.NOMIS_SYSTEM_IEP_AFTER_DPS) {
                nomisLevel = otherLevel(level);
                audit = kind == Kind.NOMIS_SYSTEM_IEP_AFTER_DPS ? NomisIncentives.TRANSFER_IN
                        : plantedSoFar % 8 < 4 ? NomisIncentives.MANUAL_SCREEN : NomisIncentives.MANUAL_SQL;
                nomis.create(booking, prisoner, nomisLevel, reviewed.plusHours(2), prison, null, "NOMIS_USER", audit);
            }
            result.add(new Planted(prisoner, booking, kind, nomisLevel, kind == Kind.DPS_NO_REVIEW ? null : level,
                    audit, kind.likelyWrong()));
            plantedSoFar++;
        }
        result.sort(Comparator.comparing(Planted::prisonerNumber));
        return new Generated(count, seed, first, last, List.copyOf(result));
    }

    /** Which prisoner (by index) gets which kind: {@code mismatches} indices drawn without repeats, kinds in turn. */
    private static Kind[] plantedKinds(int count, int mismatches, SplittableRandom random) {
        Kind[] kinds = new Kind[count];
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = i;
        }
        Kind[] all = Kind.values();
        for (int i = 0; i < mismatches; i++) {
            int pick = i + random.nextInt(count - i);
            int chosen = indices[pick];
            indices[pick] = indices[i];
            indices[i] = chosen;
            kinds[chosen] = all[i % all.length];
        }
        return kinds;
    }

    /** Standard for six in ten, Enhanced for three, Basic for one. */
    private static String level(int tenth) {
        return tenth < 6 ? "STD" : tenth < 9 ? "ENH" : "BAS";
    }

    private static String otherLevel(String level) {
        return "STD".equals(level) ? "ENH" : "STD";
    }

    static String number(long n) {
        long perLetter = 10_000L * 676;
        char first = (char) ('A' + n / perLetter);
        long rest = n % perLetter;
        long digits = rest / 676;
        long tail = rest % 676;
        return String.valueOf(first) + String.format("%04d", digits) + (char) ('A' + tail / 26) + (char) ('A' + tail % 26);
    }
}
