package org.prisonsync.simulator.incentives;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.simulator.store.EntityStore;
import org.prisonsync.simulator.store.IdSequence;

/**
 * The incentives API's state: global levels in their order, levels per prison and reviews, each found in O(1) (by
 * id, by prisoner, through {@link EntityStore}s) so a reconciliation of 100,000 prisoners reads fast; review ids come
 * from the simulator's id base. A DPS user's changes publish the events the
 * incentives API does (through {@link IncentiveEvents}); {@code seed*} methods write quietly, as if the data had been
 * there before the run. Thread-safe: writes are serialised, reads see immutable snapshots.
 */
public final class DpsIncentives {
    /** The audit module of a review a DPS user made. */
    public static final String INCENTIVES_API = "INCENTIVES_API";
    /** The {@code reason} of a review a DPS user made (prison-sync skips {@code USER_CREATED_NOMIS}). */
    public static final String USER_CREATED_DPS = "USER_CREATED_DPS";
    /** Newest review first: the current review leads. */
    static final Comparator<DpsReview> CURRENT_FIRST = Comparator.comparing(DpsReview::iepTime)
            .thenComparingLong(DpsReview::id).reversed();

    private final IncentiveEvents events;
    private final Map<String, IncentiveLevel> levels = new LinkedHashMap<>();
    private final EntityStore<PrisonLevel.Key, PrisonLevel> prisonLevels = EntityStore.keyedBy(PrisonLevel::key);
    private final EntityStore<Long, DpsReview> reviews = EntityStore.keyedBy(DpsReview::id);
    private final EntityStore.Index<String, DpsReview> reviewsOf =
            reviews.index(DpsReview::prisonerNumber, CURRENT_FIRST);
    private final IdSequence reviewIds;

    DpsIncentives(IncentiveEvents events, IdSequence reviewIds) {
        this.events = events;
        this.reviewIds = reviewIds;
    }

    // ---- reviews ----

    /** A DPS user's review; {@code incentives.iep-review.inserted} follows with {@code reason}. */
    public DpsReview createReview(String prisonerNumber, long bookingId, String levelCode, LocalDateTime iepTime,
                                  String agencyId, String comments, String userId, String reason) {
        DpsReview review = seedReview(prisonerNumber, bookingId, levelCode, iepTime, agencyId, comments, userId);
        events.reviewInserted(review, reason);
        return review;
    }

    /** A review written without an event. */
    public DpsReview seedReview(String prisonerNumber, long bookingId, String levelCode, LocalDateTime iepTime,
                                String agencyId, String comments, String userId) {
        IncentiveLevel level = level(levelCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown incentive level " + levelCode));
        return reviews.put(new DpsReview(reviewIds.next(), prisonerNumber, bookingId, level.code(), level.name(),
                iepTime, agencyId, comments, userId, "REVIEW", INCENTIVES_API, true));
    }

    public Optional<DpsReview> review(long id) {
        return reviews.find(id);
    }

    /** The prisoner's reviews, current first. */
    public List<DpsReview> reviewsOf(String prisonerNumber) {
        return reviewsOf.all(prisonerNumber);
    }

    public Optional<DpsReview> currentReview(String prisonerNumber) {
        return reviewsOf.first(prisonerNumber);
    }

    public int reviewCount() {
        return reviews.size();
    }

    // ---- levels ----

    public synchronized List<IncentiveLevel> levels(boolean withInactive) {
        return levels.values().stream().filter(l -> withInactive || l.active()).toList();
    }

    public synchronized Optional<IncentiveLevel> level(String code) {
        return Optional.ofNullable(levels.get(code));
    }

    /** Creates or changes a global level (a new one goes last); {@code incentives.level.changed} follows. */
    public IncentiveLevel putLevel(IncentiveLevel level) {
        seedLevel(level);
        events.levelChanged(level.code());
        return level;
    }

    /** A level written without an event. */
    public synchronized void seedLevel(IncentiveLevel level) {
        levels.put(level.code(), level);
    }

    /**
     * Puts the levels in {@code codes}' order (every level exactly once); {@code incentives.levels.reordered}
     * follows.
     */
    public void reorder(List<String> codes) {
        synchronized (this) {
            if (codes.size() != levels.size() || !levels.keySet().containsAll(codes)) {
                throw new IllegalArgumentException("codes must name every level once: " + levels.keySet());
            }
            Map<String, IncentiveLevel> reordered = new LinkedHashMap<>();
            codes.forEach(code -> reordered.put(code, levels.get(code)));
            levels.clear();
            levels.putAll(reordered);
        }
        events.levelsReordered();
    }

    public Optional<PrisonLevel> prisonLevel(String prisonId, String levelCode) {
        return prisonLevels.find(new PrisonLevel.Key(prisonId, levelCode));
    }

    /** Creates or changes a level's settings in a prison; {@code incentives.prison-level.changed} follows. */
    public PrisonLevel putPrisonLevel(PrisonLevel level) {
        if (level(level.levelCode()).isEmpty()) {
            throw new IllegalArgumentException("unknown incentive level " + level.levelCode());
        }
        seedPrisonLevel(level);
        events.prisonLevelChanged(level.prisonId(), level.levelCode());
        return level;
    }

    /** A prison level written without an event. */
    public void seedPrisonLevel(PrisonLevel level) {
        prisonLevels.put(level);
    }
}
