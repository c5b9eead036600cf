package org.prisonsync.core.incentives.inmemory;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.incentives.IncentiveLevel;
import org.prisonsync.core.incentives.IncentiveReview;
import org.prisonsync.core.incentives.IncentivesDpsApi;
import org.prisonsync.core.incentives.PrisonIncentiveLevel;

/**
 * The DPS incentives API in memory. Reviews are numbered in order of creation; a prisoner's current review is the
 * latest by date and time (the later-created one on a tie). Levels keep the order they were added in until
 * {@link #reorder}. Thread-safe.
 */
public final class InMemoryIncentivesDpsApi implements IncentivesDpsApi {
    private final Map<Long, IncentiveReview> reviews = new LinkedHashMap<>();
    private final Map<String, IncentiveLevel> levels = new LinkedHashMap<>();
    private final Map<String, PrisonIncentiveLevel> prisonLevels = new LinkedHashMap<>();
    private long nextReviewId = 1;

    /** A review made in DPS; returns it with its new id. */
    public synchronized IncentiveReview addReview(String prisonerNumber, long bookingId, String iepCode,
                                                  LocalDateTime at, String agencyId, String comments) {
        IncentiveReview review = new IncentiveReview(nextReviewId++, prisonerNumber, bookingId, iepCode,
                levelName(iepCode), at.toLocalDate(), at, agencyId, comments, "DPS_USER", "REVIEW",
                "INCENTIVES_API");
        reviews.put(review.id(), review);
        return review;
    }

    public synchronized void putLevel(IncentiveLevel level) {
        levels.put(level.code(), level);
    }

    /** Orders the levels as {@code codes} lists them; levels not listed follow in their present order. */
    public synchronized void reorder(List<String> codes) {
        Map<String, IncentiveLevel> reordered = new LinkedHashMap<>();
        codes.stream().filter(levels::containsKey).forEach(code -> reordered.put(code, levels.get(code)));
        levels.forEach(reordered::putIfAbsent);
        levels.clear();
        levels.putAll(reordered);
    }

    public synchronized void putPrisonLevel(PrisonIncentiveLevel level) {
        prisonLevels.put(level.prisonId() + "/" + level.levelCode(), level);
    }

    @Override
    public synchronized Optional<IncentiveReview> findReview(long id) {
        return Optional.ofNullable(reviews.get(id));
    }

    @Override
    public synchronized Optional<IncentiveReview> currentReview(String prisonerNumber) {
        return reviews.values().stream().filter(r -> r.prisonerNumber().equals(prisonerNumber))
                .max(Comparator.comparing(IncentiveReview::reviewedAt).thenComparing(IncentiveReview::id));
    }

    @Override
    public synchronized Optional<IncentiveLevel> findLevel(String code) {
        return Optional.ofNullable(levels.get(code));
    }

    @Override
    public synchronized List<IncentiveLevel> levels() {
        return new ArrayList<>(levels.values());
    }

    @Override
    public synchronized Optional<PrisonIncentiveLevel> findPrisonLevel(String prisonId, String levelCode) {
        return Optional.ofNullable(prisonLevels.get(prisonId + "/" + levelCode));
    }

    private String levelName(String code) {
        IncentiveLevel level = levels.get(code);
        return level == null ? code : level.name();
    }
}
