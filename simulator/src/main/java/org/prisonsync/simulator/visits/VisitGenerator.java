package org.prisonsync.simulator.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.visits.NomisVisit;

/**
 * Seeds NOMIS with many visits for migration runs, deterministically from a seed: per prison three rooms
 * ({@code <prison>-VISITS-SOC_VIS}, {@code -OFF_VIS}, {@code -CLOSED}); 80% social, 20% official (official ones in
 * the official room); 60% in the past two years, 40% in the next six months; some cancelled with an outcome.
 *
 * <p>Memory-lean: the values visits repeat (start times, creation times, visitor lists, prisoner numbers, rooms) are
 * shared instances from small pools, so a visit costs little more than its own record and map entry (about 150
 * bytes; 300,000 visits ≈ 45 MB).
 */
public final class VisitGenerator {
    private static final List<LocalTime> SLOTS = List.of(LocalTime.of(9, 0), LocalTime.of(10, 30),
            LocalTime.of(13, 45), LocalTime.of(15, 0));
    private static final List<String> CANCELLATIONS = List.of("VISCANC", "OFFCANC", "NSHOW", "ADMIN", "HMP",
            "NO_VO");
    private static final int PAST_DAYS = 730;
    private static final int FUTURE_DAYS = 180;
    private static final int PERSON_POOL = 5_000;

    private final InMemoryVisitsNomisApi nomis;
    private final Clock clock;

    /** What a generation added. */
    public record Generated(int generated, long firstVisitId, long lastVisitId, int totalVisits) {
    }

    public VisitGenerator(InMemoryVisitsNomisApi nomis, Clock clock) {
        this.nomis = nomis;
        this.clock = clock;
    }

    /** The rooms the generator uses in a prison. */
    public static List<String> rooms(String prisonId) {
        return List.of(prisonId + "-VISITS-SOC_VIS", prisonId + "-VISITS-OFF_VIS", prisonId + "-VISITS-CLOSED");
    }

    public Generated generate(int count, long seed, List<String> prisonIds) {
        if (count < 1 || prisonIds == null || prisonIds.isEmpty()) {
            throw new IllegalArgumentException("count must be at least 1 and prisonIds must not be empty");
        }
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = today.atStartOfDay();
        Map<Long, LocalDateTime> times = new HashMap<>();
        List<List<Long>> visitorLists = visitorLists(random);
        String[] prisoners = new String[Math.max(1, Math.min(100_000, count / 4))];
        Map<String, List<String>> roomsByPrison = new HashMap<>();
        long first = -1;
        long last = -1;
        for (int i = 0; i < count; i++) {
            String prison = prisonIds.get(random.nextInt(prisonIds.size()));
            List<String> rooms = roomsByPrison.computeIfAbsent(prison, VisitGenerator::rooms);
            boolean official = random.nextInt(100) < 20;
            String room = official ? rooms.get(1) : random.nextInt(100) < 15 ? rooms.get(2) : rooms.get(0);
            boolean future = random.nextInt(100) < 40;
            LocalDate day = future ? today.plusDays(1 + random.nextInt(FUTURE_DAYS))
                    : today.minusDays(1 + random.nextInt(PAST_DAYS));
            LocalTime slot = SLOTS.get(random.nextInt(SLOTS.size()));
            LocalDateTime start = shared(times, day.atTime(slot));
            LocalDateTime end = shared(times, start.plusHours(1));
            LocalDateTime created = shared(times, (future ? now : start).minusDays(7 + random.nextInt(60))
                    .withHour(8 + random.nextInt(9)));
            boolean cancelled = random.nextInt(100) < (future ? 8 : 10);
            String status = cancelled ? "CANC" : future ? "SCH" : "NORM";
            String outcome = cancelled ? CANCELLATIONS.get(random.nextInt(CANCELLATIONS.size())) : null;
            int prisonerIndex = random.nextInt(prisoners.length);
            if (prisoners[prisonerIndex] == null) {
                prisoners[prisonerIndex] = prisonerNumber(seed, prisonerIndex);
            }
            List<Long> visitors = visitorLists.get(random.nextInt(visitorLists.size()));
            NomisVisit stored = nomis.seed(new NomisVisit(0, prisoners[prisonerIndex], prison, start, end,
                    official ? "OFFI" : "SCON", status, outcome, room, null, null, visitors, visitors.get(0),
                    "GEN_USER", null, created, null));
            if (first < 0) {
                first = stored.visitId();
            }
            last = stored.visitId();
        }
        return new Generated(count, first, last, nomis.size());
    }

    private static LocalDateTime shared(Map<Long, LocalDateTime> pool, LocalDateTime time) {
        Long key = time.toEpochSecond(java.time.ZoneOffset.UTC);
        LocalDateTime pooled = pool.putIfAbsent(key, time);
        return pooled == null ? time : pooled;
    }

    private static List<List<Long>> visitorLists(SplittableRandom random) {
        List<List<Long>> lists = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            long lead = 4_700_000L + random.nextInt(PERSON_POOL);
            lists.add(random.nextBoolean() ? List.of(lead) : List.of(lead, lead + 1 + random.nextInt(50)));
        }
        return lists;
    }

    /** {@code [A-Z]\d{4}[A-Z]{2}}, distinct per index within a seed. */
    private static String prisonerNumber(long seed, int index) {
        long n = Math.floorMod(seed * 31 + index, 26L * 10_000 * 26 * 26);
        char first = (char) ('A' + (n % 26));
        n /= 26;
        int digits = (int) (n % 10_000);
        n /= 10_000;
        char second = (char) ('A' + (n % 26));
        char third = (char) ('A' + (n / 26 % 26));
        String number = Integer.toString(10_000 + digits).substring(1);
        return first + number + second + third;
    }
}
