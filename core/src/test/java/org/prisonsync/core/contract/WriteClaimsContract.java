package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.WriteClaims;

/** The {@link WriteClaims} contract. Subclasses return a fresh instance holding no claims, per test. */
public abstract class WriteClaimsContract {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final ClaimKey KEY = new ClaimKey("VISIT", "dps-visit-1");

    private WriteClaims claims;

    protected abstract WriteClaims newClaims();

    @BeforeEach
    void createClaims() {
        claims = newClaims();
    }

    @Test
    void theFirstClaimIsFresh() {
        assertThat(claims.claim(KEY, "consumer-a", T0, LEASE)).isEqualTo(new ClaimResult.Fresh());
    }

    @Test
    void aSecondClaimWithinTheLeaseIsHeldElsewhereByTheFirstOwner() {
        claims.claim(KEY, "consumer-a", T0, LEASE);

        ClaimResult second = claims.claim(KEY, "consumer-b", T0.plusSeconds(60), LEASE);

        assertThat(second).isEqualTo(new ClaimResult.HeldElsewhere("consumer-a", T0.plus(LEASE)));
    }

    @Test
    void onceTheLeaseHasPassedTheNextClaimResumesAsTheSecondAttempt() {
        claims.claim(KEY, "consumer-a", T0, LEASE);

        ClaimResult afterLease = claims.claim(KEY, "consumer-b", T0.plus(LEASE).plusSeconds(1), LEASE);

        assertThat(afterLease).isEqualTo(new ClaimResult.Resumed(2, "consumer-a"));
    }

    @Test
    void aLeaseEndingExactlyNowCanBeResumed() {
        claims.claim(KEY, "consumer-a", T0, LEASE);

        assertThat(claims.claim(KEY, "consumer-b", T0.plus(LEASE), LEASE))
                .isEqualTo(new ClaimResult.Resumed(2, "consumer-a"));
    }

    @Test
    void aResumedClaimTakesANewLeaseAndCountsItsAttempts() {
        Instant second = T0.plus(LEASE);
        Instant third = second.plus(LEASE);
        claims.claim(KEY, "consumer-a", T0, LEASE);
        claims.claim(KEY, "consumer-b", second, LEASE);

        assertThat(claims.claim(KEY, "consumer-c", second.plusSeconds(1), LEASE))
                .isEqualTo(new ClaimResult.HeldElsewhere("consumer-b", second.plus(LEASE)));
        assertThat(claims.claim(KEY, "consumer-c", third, LEASE))
                .isEqualTo(new ClaimResult.Resumed(3, "consumer-b"));
    }

    @Test
    void anAbandonedClaimCanBeResumedAtOnce() {
        claims.claim(KEY, "consumer-a", T0, LEASE);
        Instant failedAt = T0.plusSeconds(30);

        claims.abandon(KEY, "consumer-a", failedAt);

        assertThat(claims.claim(KEY, "consumer-b", failedAt, LEASE))
                .isEqualTo(new ClaimResult.Resumed(2, "consumer-a"));
    }

    @Test
    void onlyTheOwnerCanAbandonAClaim() {
        claims.claim(KEY, "consumer-a", T0, LEASE);

        claims.abandon(KEY, "consumer-b", T0.plusSeconds(30));

        assertThat(claims.claim(KEY, "consumer-c", T0.plusSeconds(31), LEASE))
                .isEqualTo(new ClaimResult.HeldElsewhere("consumer-a", T0.plus(LEASE)));
    }

    @Test
    void aCompletedClaimIsGoneSoTheNextClaimIsFreshAgain() {
        claims.claim(KEY, "consumer-a", T0, LEASE);
        claims.claim(KEY, "consumer-b", T0.plus(LEASE), LEASE);

        claims.complete(KEY);

        assertThat(claims.claim(KEY, "consumer-c", T0.plus(LEASE).plusSeconds(1), LEASE))
                .isEqualTo(new ClaimResult.Fresh());
    }

    @Test
    void aClaimIsOutstandingFromItsTakingUntilItIsCompletedWhateverItsLease() {
        assertThat(claims.outstanding(KEY)).isFalse();
        claims.claim(KEY, "consumer-a", T0, LEASE);
        assertThat(claims.outstanding(KEY)).isTrue();

        claims.abandon(KEY, "consumer-a", T0.plusSeconds(1));
        assertThat(claims.outstanding(KEY)).as("abandoned: the create is still unfinished").isTrue();
        assertThat(claims.outstanding(new ClaimKey("ALERT", KEY.sourceId()))).isFalse();

        claims.complete(KEY);
        assertThat(claims.outstanding(KEY)).isFalse();
    }

    @Test
    void abandoningOrCompletingAnUnknownClaimDoesNothing() {
        claims.abandon(KEY, "consumer-a", T0);
        claims.complete(KEY);

        assertThat(claims.claim(KEY, "consumer-a", T0, LEASE)).isEqualTo(new ClaimResult.Fresh());
    }

    @Test
    void claimsOnDifferentKeysAreIndependent() {
        claims.claim(KEY, "consumer-a", T0, LEASE);

        assertThat(claims.claim(new ClaimKey("VISIT", "dps-visit-2"), "consumer-b", T0, LEASE))
                .isEqualTo(new ClaimResult.Fresh());
        assertThat(claims.claim(new ClaimKey("ALERT", KEY.sourceId()), "consumer-b", T0, LEASE))
                .isEqualTo(new ClaimResult.Fresh());
    }

    @Test
    void ofEightSimultaneousClaimsOnOneKeyExactlyOneIsFresh() throws Exception {
        List<ClaimResult> results = Concurrently.run(8, i -> claims.claim(KEY, "consumer-" + i, T0, LEASE));

        assertThat(results).filteredOn(ClaimResult.Fresh.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(ClaimResult.HeldElsewhere.class::isInstance).hasSize(7);
        int winner = results.indexOf(new ClaimResult.Fresh());
        assertThat(results).filteredOn(ClaimResult.HeldElsewhere.class::isInstance)
                .allSatisfy(held -> assertThat(held)
                        .isEqualTo(new ClaimResult.HeldElsewhere("consumer-" + winner, T0.plus(LEASE))));
    }

    @Test
    void ofEightSimultaneousTakeoversOfAnExpiredClaimExactlyOneResumes() throws Exception {
        claims.claim(KEY, "consumer-old", T0, LEASE);
        Instant later = T0.plus(LEASE).plusSeconds(1);

        List<ClaimResult> results = Concurrently.run(8, i -> claims.claim(KEY, "consumer-" + i, later, LEASE));

        assertThat(results).filteredOn(ClaimResult.Resumed.class::isInstance)
                .containsExactly(new ClaimResult.Resumed(2, "consumer-old"));
        assertThat(results).filteredOn(ClaimResult.HeldElsewhere.class::isInstance).hasSize(7);
    }

    @Test
    void ofSixteenSimultaneousClaimsOnDistinctKeysEachIsFreshAndHeldByItsOwn() throws Exception {
        List<ClaimResult> results = Concurrently.run(16,
                i -> claims.claim(new ClaimKey("VISIT", "dps-" + i), "consumer-" + i, T0, LEASE));

        assertThat(results).containsOnly(new ClaimResult.Fresh()).hasSize(16);
        for (int i = 0; i < 16; i++) {
            assertThat(claims.claim(new ClaimKey("VISIT", "dps-" + i), "late", T0.plusSeconds(1), LEASE))
                    .isEqualTo(new ClaimResult.HeldElsewhere("consumer-" + i, T0.plus(LEASE)));
        }
    }

    @Test
    void simultaneousClaimsAmongWhichOneKeyIsHeldAndOneExpired_eachAnswersAsItWouldAlone() throws Exception {
        ClaimKey held = new ClaimKey("VISIT", "dps-held");
        ClaimKey expired = new ClaimKey("VISIT", "dps-expired");
        claims.claim(held, "holder", T0, LEASE);
        claims.claim(expired, "gone", T0.minus(LEASE).minusSeconds(1), LEASE);

        List<ClaimResult> results = Concurrently.run(12, i -> claims.claim(
                i == 0 ? held : i == 1 ? expired : new ClaimKey("VISIT", "dps-" + i), "consumer-" + i, T0, LEASE));

        assertThat(results.get(0)).isEqualTo(new ClaimResult.HeldElsewhere("holder", T0.plus(LEASE)));
        assertThat(results.get(1)).isEqualTo(new ClaimResult.Resumed(2, "gone"));
        assertThat(results.subList(2, 12)).containsOnly(new ClaimResult.Fresh());
    }

    @Test
    void simultaneousCompletesEachRemoveTheirClaim_andNoOther() throws Exception {
        for (int i = 0; i < 17; i++) {
            claims.claim(new ClaimKey("VISIT", "dps-" + i), "consumer-" + i, T0, LEASE);
        }

        Concurrently.run(16, i -> {
            claims.complete(new ClaimKey("VISIT", "dps-" + i));
            return i;
        });

        for (int i = 0; i < 16; i++) {
            assertThat(claims.outstanding(new ClaimKey("VISIT", "dps-" + i))).as("dps-" + i).isFalse();
        }
        assertThat(claims.outstanding(new ClaimKey("VISIT", "dps-16"))).isTrue();
    }

    @Test
    void claimAllAnswersForEachKeyAsClaimWould_inTheKeysOrder() {
        ClaimKey fresh = new ClaimKey("VISIT", "nomis-1");
        ClaimKey held = new ClaimKey("VISIT", "nomis-2");
        ClaimKey expired = new ClaimKey("VISIT", "nomis-3");
        claims.claim(held, "consumer-a", T0, LEASE);
        claims.claim(expired, "consumer-old", T0.minus(LEASE).minusSeconds(1), LEASE);

        List<ClaimResult> results = claims.claimAll(List.of(fresh, held, expired), "consumer-b", T0, LEASE);

        assertThat(results).containsExactly(new ClaimResult.Fresh(),
                new ClaimResult.HeldElsewhere("consumer-a", T0.plus(LEASE)), new ClaimResult.Resumed(2, "consumer-old"));
        assertThat(claims.claim(fresh, "consumer-c", T0.plusSeconds(1), LEASE))
                .isEqualTo(new ClaimResult.HeldElsewhere("consumer-b", T0.plus(LEASE)));
        assertThat(claims.claim(expired, "consumer-c", T0.plusSeconds(1), LEASE))
                .isEqualTo(new ClaimResult.HeldElsewhere("consumer-b", T0.plus(LEASE)));
    }

    @Test
    void claimAllOfNoKeysIsNothing() {
        assertThat(claims.claimAll(List.of(), "consumer-a", T0, LEASE)).isEmpty();
    }

    @Test
    void completeAllRemovesEveryClaimNamed_andLeavesTheOthers() {
        List<ClaimKey> keys = List.of(new ClaimKey("VISIT", "nomis-1"), new ClaimKey("VISIT", "nomis-2"));
        ClaimKey other = new ClaimKey("VISIT", "nomis-3");
        claims.claimAll(List.of(keys.get(0), keys.get(1), other), "consumer-a", T0, LEASE);

        claims.completeAll(keys);

        assertThat(claims.claimAll(keys, "consumer-b", T0, LEASE))
                .containsExactly(new ClaimResult.Fresh(), new ClaimResult.Fresh());
        assertThat(claims.claim(other, "consumer-b", T0, LEASE))
                .isEqualTo(new ClaimResult.HeldElsewhere("consumer-a", T0.plus(LEASE)));
    }

    @Test
    void ofEightSimultaneousClaimAllsOnOverlappingKeysEachKeyHasExactlyOneOwner() throws Exception {
        List<ClaimKey> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            keys.add(new ClaimKey("VISIT", "nomis-" + i));
        }
        claims.claim(keys.get(11), "consumer-old", T0.minus(LEASE), LEASE); // expired: one of them resumes it

        // each consumer claims a window of six keys, so every key is wanted by several at once
        List<List<ClaimResult>> results = Concurrently.run(8, i -> claims.claimAll(
                keys.subList(i % 7, i % 7 + 6), "consumer-" + i, T0, LEASE));

        java.util.Map<ClaimKey, Integer> winners = new java.util.HashMap<>();
        for (int i = 0; i < 8; i++) {
            List<ClaimKey> window = keys.subList(i % 7, i % 7 + 6);
            for (int k = 0; k < window.size(); k++) {
                if (!(results.get(i).get(k) instanceof ClaimResult.HeldElsewhere)) {
                    winners.merge(window.get(k), 1, Integer::sum);
                }
            }
        }
        assertThat(winners).hasSize(12).allSatisfy((key, count) -> assertThat(count).as(key.sourceId()).isOne());
    }

    @Test
    void completeAndClaimAllReleasesTheDoneClaimsAndClaimsTheNewKeys_evenWhenOneNewKeyIsTaken() {
        List<ClaimKey> done = List.of(new ClaimKey("VISIT", "nomis-1"), new ClaimKey("VISIT", "nomis-2"));
        ClaimKey fresh = new ClaimKey("VISIT", "nomis-3");
        ClaimKey taken = new ClaimKey("VISIT", "nomis-4");
        claims.claimAll(done, "consumer-a", T0, LEASE);
        claims.claim(taken, "consumer-b", T0, LEASE);

        List<ClaimResult> results = claims.completeAndClaimAll(done, List.of(fresh, taken), "consumer-a",
                T0.plusSeconds(1), LEASE);

        assertThat(results).containsExactly(new ClaimResult.Fresh(),
                new ClaimResult.HeldElsewhere("consumer-b", T0.plus(LEASE)));
        assertThat(claims.claimAll(done, "consumer-c", T0.plusSeconds(2), LEASE))
                .containsExactly(new ClaimResult.Fresh(), new ClaimResult.Fresh());
        assertThat(claims.claim(fresh, "consumer-c", T0.plusSeconds(2), LEASE))
                .isEqualTo(new ClaimResult.HeldElsewhere("consumer-a", T0.plusSeconds(1).plus(LEASE)));
    }
}
