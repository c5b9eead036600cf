package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.CreateClaim;
import org.prisonsync.core.mapping.MappedId;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.mapping.WriteClaims;

/**
 * The {@link MappingStore} contract. Subclasses return a fresh, empty store per test, stamping {@code whenCreated}
 * from the given clock.
 */
public abstract class MappingStoreContract {
    /** Microsecond precision: the finest both H2 and PostgreSQL keep. */
    protected static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final String VISIT = "VISIT";
    private static final String ALERT = "ALERT";

    private static final Instant CLAIMED_AT = NOW.minusSeconds(1);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private MappingStore store;
    private WriteClaims claims;

    protected abstract MappingStore newStore(Clock clock);

    /** Write claims kept where the store keeps its mappings (called after {@link #newStore}), holding none. */
    protected abstract WriteClaims claimsBeside();

    @BeforeEach
    void createStore() {
        store = newStore(Clock.fixed(NOW, ZoneOffset.UTC));
        claims = claimsBeside();
    }

    private static Mapping visit(String nomisId, String dpsId) {
        return Mapping.of(VISIT, nomisId, dpsId, "A1234BC", MappingTypes.NOMIS_CREATED);
    }

    @Test
    void aSavedMappingIsFoundByBothIds() {
        Mapping mapping = visit("101", "d-101");

        MappingSaveResult result = store.save(mapping);

        Mapping expected = mapping.createdAt(NOW);
        assertThat(result).isEqualTo(new MappingSaveResult.Saved(expected));
        assertThat(store.findByNomisId(VISIT, "101")).contains(expected);
        assertThat(store.findByDpsId(VISIT, "d-101")).contains(expected);
    }

    @Test
    void lookupsOfUnknownIdsAreEmpty() {
        store.save(visit("101", "d-101"));

        assertThat(store.findByNomisId(VISIT, "999")).isEmpty();
        assertThat(store.findByDpsId(VISIT, "d-999")).isEmpty();
    }

    @Test
    void whenCreatedIsStampedByTheStoreFromItsClock() {
        Mapping mapping = visit("101", "d-101").createdAt(Instant.parse("2001-01-01T00:00:00Z"));

        MappingSaveResult result = store.save(mapping);

        assertThat(((MappingSaveResult.Saved) result).mapping().whenCreated()).isEqualTo(NOW);
        assertThat(store.findByDpsId(VISIT, "d-101")).get().extracting(Mapping::whenCreated).isEqualTo(NOW);
    }

    @Test
    void optionalFieldsRoundTripIncludingNulls() {
        Mapping withEverything = Mapping.of(VISIT, "101", "d-101", "A1234BC", MappingTypes.MIGRATED)
                .withLabel("2026-02-28T12:00:00");
        Mapping withNothing = new Mapping(VISIT, "102", "d-102", null, MappingTypes.ONLINE, null, null);

        store.save(withEverything);
        store.save(withNothing);

        assertThat(store.findByDpsId(VISIT, "d-101")).contains(withEverything.createdAt(NOW));
        assertThat(store.findByDpsId(VISIT, "d-102")).contains(withNothing.createdAt(NOW));
    }

    @Test
    void savingTheIdenticalPairAgainIsAlreadySaved() {
        store.save(visit("101", "d-101"));

        MappingSaveResult again = store.save(visit("101", "d-101"));

        assertThat(again).isEqualTo(new MappingSaveResult.AlreadySaved(visit("101", "d-101").createdAt(NOW)));
    }

    @Test
    void theSameDpsIdWithAnotherNomisIdIsAConflictCarryingTheExistingRow() {
        store.save(visit("101", "d-101"));
        Mapping duplicate = visit("202", "d-101");

        MappingSaveResult result = store.save(duplicate);

        assertThat(result).isInstanceOf(MappingSaveResult.Conflict.class);
        MappingSaveResult.Conflict conflict = (MappingSaveResult.Conflict) result;
        assertThat(conflict.duplicate().samePairAs(duplicate)).isTrue();
        assertThat(conflict.existing()).isEqualTo(visit("101", "d-101").createdAt(NOW));
        assertThat(store.findByNomisId(VISIT, "202")).isEmpty();
    }

    @Test
    void theSameNomisIdWithAnotherDpsIdIsAConflictCarryingTheExistingRow() {
        store.save(visit("101", "d-101"));
        Mapping duplicate = visit("101", "d-202");

        MappingSaveResult result = store.save(duplicate);

        assertThat(result).isInstanceOf(MappingSaveResult.Conflict.class);
        MappingSaveResult.Conflict conflict = (MappingSaveResult.Conflict) result;
        assertThat(conflict.duplicate().samePairAs(duplicate)).isTrue();
        assertThat(conflict.existing()).isEqualTo(visit("101", "d-101").createdAt(NOW));
        assertThat(store.findByDpsId(VISIT, "d-202")).isEmpty();
    }

    @Test
    void entityTypesAreIndependent() {
        Mapping alert = Mapping.of(ALERT, "101", "d-101", "A1234BC", MappingTypes.DPS_CREATED);

        assertThat(store.save(visit("101", "d-101"))).isInstanceOf(MappingSaveResult.Saved.class);
        assertThat(store.save(alert)).isInstanceOf(MappingSaveResult.Saved.class);

        assertThat(store.findByNomisId(ALERT, "101")).get().extracting(Mapping::mappingType)
                .isEqualTo(MappingTypes.DPS_CREATED);
        assertThat(store.findByNomisId(VISIT, "101")).get().extracting(Mapping::mappingType)
                .isEqualTo(MappingTypes.NOMIS_CREATED);
    }

    @Test
    void deleteByDpsIdRemovesTheMappingFromBothLookups() {
        store.save(visit("101", "d-101"));
        store.save(visit("102", "d-102"));

        assertThat(store.deleteByDpsId(VISIT, "d-101")).isTrue();

        assertThat(store.findByDpsId(VISIT, "d-101")).isEmpty();
        assertThat(store.findByNomisId(VISIT, "101")).isEmpty();
        assertThat(store.findByDpsId(VISIT, "d-102")).isPresent();
    }

    @Test
    void deleteByDpsIdOfAnUnknownIdIsFalse() {
        store.save(visit("101", "d-101"));

        assertThat(store.deleteByDpsId(VISIT, "d-999")).isFalse();
        assertThat(store.deleteByDpsId(ALERT, "d-101")).isFalse();
        assertThat(store.findByDpsId(VISIT, "d-101")).isPresent();
    }

    @Test
    void afterADeleteBothIdsCanBeMappedAgain() {
        store.save(visit("101", "d-101"));
        store.deleteByDpsId(VISIT, "d-101");

        assertThat(store.save(visit("101", "d-999"))).isInstanceOf(MappingSaveResult.Saved.class);
        assertThat(store.save(visit("999", "d-101"))).isInstanceOf(MappingSaveResult.Saved.class);
    }

    @Test
    void findByPrisonerReturnsOnlyThatPrisonersMappingsOfThatType() {
        store.save(Mapping.of(VISIT, "1", "d-1", "A1111AA", MappingTypes.ONLINE));
        store.save(Mapping.of(VISIT, "2", "d-2", "A1111AA", MappingTypes.MIGRATED));
        store.save(Mapping.of(VISIT, "3", "d-3", "B2222BB", MappingTypes.ONLINE));
        store.save(Mapping.of(ALERT, "4", "d-4", "A1111AA", MappingTypes.DPS_CREATED));
        store.save(new Mapping(VISIT, "5", "d-5", null, MappingTypes.ONLINE, null, null));

        List<Mapping> found = store.findByPrisoner(VISIT, "A1111AA");

        assertThat(found).extracting(Mapping::dpsId).containsExactlyInAnyOrder("d-1", "d-2");
        assertThat(store.findByPrisoner(VISIT, "Z9999ZZ")).isEmpty();
    }

    @Test
    void countByLabelCountsThatTypesMappingsWithTheLabel() {
        String migration = "2026-02-28T12:00:00";
        store.save(Mapping.of(VISIT, "1", "d-1", null, MappingTypes.MIGRATED).withLabel(migration));
        store.save(Mapping.of(VISIT, "2", "d-2", null, MappingTypes.MIGRATED).withLabel(migration));
        store.save(Mapping.of(VISIT, "3", "d-3", null, MappingTypes.MIGRATED).withLabel("2026-01-01T00:00:00"));
        store.save(Mapping.of(VISIT, "4", "d-4", null, MappingTypes.ONLINE));
        store.save(Mapping.of(ALERT, "5", "d-5", null, MappingTypes.MIGRATED).withLabel(migration));

        assertThat(store.countByLabel(VISIT, migration)).isEqualTo(2);
        assertThat(store.countByLabel(ALERT, migration)).isEqualTo(1);
        assertThat(store.countByLabel(VISIT, "never")).isZero();
    }

    @Test
    void saveAllSavesEveryMappingAndAnswersForEachInOrder() {
        List<Mapping> batch = List.of(visit("1", "d-1"), visit("2", "d-2"), visit("3", "d-3"));

        List<MappingSaveResult> results = store.saveAll(batch);

        assertThat(results).containsExactly(new MappingSaveResult.Saved(batch.get(0).createdAt(NOW)),
                new MappingSaveResult.Saved(batch.get(1).createdAt(NOW)),
                new MappingSaveResult.Saved(batch.get(2).createdAt(NOW)));
        assertThat(store.findByNomisId(VISIT, "3")).contains(batch.get(2).createdAt(NOW));
    }

    @Test
    void saveAllWithATakenPairReportsThatConflictAndStillSavesTheOthers() {
        Mapping existing = store.save(visit("1", "d-1")) instanceof MappingSaveResult.Saved s ? s.mapping() : null;
        Mapping clash = visit("1", "d-other");
        Mapping again = visit("1", "d-1");
        Mapping fresh = visit("2", "d-2");

        List<MappingSaveResult> results = store.saveAll(List.of(clash, fresh, again));

        assertThat(results).containsExactly(new MappingSaveResult.Conflict(clash, existing),
                new MappingSaveResult.Saved(fresh.createdAt(NOW)), new MappingSaveResult.AlreadySaved(existing));
        assertThat(store.findByNomisId(VISIT, "2")).isPresent();
        assertThat(store.findByDpsId(VISIT, "d-other")).isEmpty();
    }

    @Test
    void findMappedNomisIdsAnswersWhichOfTheIdsAreMappedForThatType() {
        store.save(visit("1", "d-1"));
        store.save(visit("3", "d-3"));
        store.save(Mapping.of(ALERT, "2", "a-2", null, MappingTypes.MIGRATED));

        assertThat(store.findMappedNomisIds(VISIT, List.of("1", "2", "3", "4"))).containsExactlyInAnyOrder("1", "3");
        assertThat(store.findMappedNomisIds(VISIT, List.of())).isEmpty();
    }

    @Test
    void findWithNomisIdAboveAnswersThatTypesNumericNomisIdsAboveTheBoundInNumericOrder() {
        store.save(visit("99", "d-99"));
        store.save(visit("100", "d-100"));
        store.save(visit("1000", "d-1000"));
        store.save(visit("101", "d-101"));
        store.save(visit("0101", "d-0101"));
        store.save(visit("1234:2", "d-1234:2"));
        store.save(visit("99999999999999999999", "d-huge"));
        store.save(Mapping.of(ALERT, "500", "a-500", null, MappingTypes.MIGRATED));

        assertThat(store.findWithNomisIdAbove(VISIT, 100)).extracting(Mapping::nomisId)
                .containsExactly("101", "1000");
        assertThat(store.findWithNomisIdAbove(VISIT, 1000)).isEmpty();
        assertThat(store.findWithNomisIdAbove(VISIT, 0)).extracting(Mapping::nomisId)
                .containsExactly("99", "100", "101", "1000");
        assertThat(store.findWithNomisIdAbove(ALERT, 499)).extracting(Mapping::nomisId).containsExactly("500");
    }

    @Test
    void findWithDpsIdAboveLooksAtTheDpsIdOnly() {
        store.save(visit("1", "20"));
        store.save(visit("30", "3"));
        store.save(visit("4", "400"));
        store.save(visit("5", "d-5"));

        assertThat(store.findWithDpsIdAbove(VISIT, 3)).extracting(Mapping::dpsId).containsExactly("20", "400");
        assertThat(store.findWithDpsIdAbove(VISIT, 3).get(0)).isEqualTo(visit("1", "20").createdAt(NOW));
        assertThat(store.findWithDpsIdAbove(VISIT, 400)).isEmpty();
    }

    @Test
    void ofEightSimultaneousSavesOfOneNomisIdExactlyOneWinsAndTheRestConflictWithIt() throws Exception {
        List<MappingSaveResult> results = Concurrently.run(8, i -> store.save(visit("777", "d-777-" + i)));

        List<MappingSaveResult.Saved> saved = results.stream()
                .filter(MappingSaveResult.Saved.class::isInstance).map(MappingSaveResult.Saved.class::cast).toList();
        List<MappingSaveResult.Conflict> conflicts = results.stream()
                .filter(MappingSaveResult.Conflict.class::isInstance).map(MappingSaveResult.Conflict.class::cast)
                .toList();
        assertThat(saved).hasSize(1);
        assertThat(conflicts).hasSize(7);
        Mapping winner = saved.get(0).mapping();
        assertThat(conflicts).allSatisfy(conflict -> assertThat(conflict.existing()).isEqualTo(winner));
        assertThat(store.findByNomisId(VISIT, "777")).contains(winner);
    }

    @Test
    void ofSixteenSimultaneousSavesOfDistinctPairsEachIsSavedAndFound() throws Exception {
        List<MappingSaveResult> results = Concurrently.run(16, i -> store.save(visit("n-" + i, "d-" + i)));

        for (int i = 0; i < 16; i++) {
            Mapping expected = visit("n-" + i, "d-" + i).createdAt(NOW);
            assertThat(results.get(i)).isEqualTo(new MappingSaveResult.Saved(expected));
            assertThat(store.findByDpsId(VISIT, "d-" + i)).contains(expected);
        }
    }

    @Test
    void simultaneousSavesAmongWhichOneConflictsAndOneRepeats_eachAnswersAsItWouldAlone() throws Exception {
        Mapping existing = visit("n-old", "d-old");
        Mapping other = visit("n-other", "d-other");
        store.save(existing);
        store.save(other);

        List<MappingSaveResult> results = Concurrently.run(12, i -> store.save(
                i == 0 ? visit("n-old", "d-new") : i == 1 ? other : visit("n-" + i, "d-" + i)));

        assertThat(results.get(0)).isInstanceOfSatisfying(MappingSaveResult.Conflict.class, conflict -> {
            assertThat(conflict.duplicate().samePairAs(visit("n-old", "d-new"))).isTrue();
            assertThat(conflict.existing()).isEqualTo(existing.createdAt(NOW));
        });
        assertThat(results.get(1)).isEqualTo(new MappingSaveResult.AlreadySaved(other.createdAt(NOW)));
        for (int i = 2; i < 12; i++) {
            assertThat(results.get(i)).isEqualTo(new MappingSaveResult.Saved(visit("n-" + i, "d-" + i)
                    .createdAt(NOW)));
        }
        assertThat(store.findByDpsId(VISIT, "d-new")).isEmpty();
    }

    @Test
    void saveReleasingSavesTheMappingAndReleasesTheClaim_andNoOther() {
        ClaimKey mine = new ClaimKey(VISIT, "d-1");
        ClaimKey other = new ClaimKey(VISIT, "d-2");
        claims.claim(mine, "consumer-a", CLAIMED_AT, LEASE);
        claims.claim(other, "consumer-b", CLAIMED_AT, LEASE);

        MappingSaveResult result = store.saveReleasing(visit("n-1", "d-1"), claims, mine);

        assertThat(result).isEqualTo(new MappingSaveResult.Saved(visit("n-1", "d-1").createdAt(NOW)));
        assertThat(store.findByDpsId(VISIT, "d-1")).contains(visit("n-1", "d-1").createdAt(NOW));
        assertThat(claims.outstanding(mine)).isFalse();
        assertThat(claims.outstanding(other)).isTrue();
    }

    @Test
    void saveReleasingReleasesAClaimOfAnotherTypeAndKey_asACreateFromNomisHolds() {
        ClaimKey fromNomis = new ClaimKey("ALERT", "nomis-n-1");
        claims.claim(fromNomis, "consumer-a", CLAIMED_AT, LEASE);

        store.saveReleasing(visit("n-1", "d-1"), claims, fromNomis);

        assertThat(claims.outstanding(fromNomis)).isFalse();
        assertThat(store.findByNomisId(VISIT, "n-1")).isPresent();
    }

    @Test
    void saveReleasingAConflictReportsTheExistingRowSavesNothingAndStillReleases() {
        store.save(visit("n-1", "d-1"));
        ClaimKey key = new ClaimKey(VISIT, "d-9");
        claims.claim(key, "consumer-a", CLAIMED_AT, LEASE);

        MappingSaveResult result = store.saveReleasing(visit("n-1", "d-9"), claims, key);

        assertThat(result).isInstanceOfSatisfying(MappingSaveResult.Conflict.class,
                conflict -> assertThat(conflict.existing()).isEqualTo(visit("n-1", "d-1").createdAt(NOW)));
        assertThat(store.findByDpsId(VISIT, "d-9")).isEmpty();
        assertThat(claims.outstanding(key)).isFalse();
    }

    @Test
    void saveReleasingTheIdenticalPairAgainIsAlreadySavedAndReleases() {
        store.save(visit("n-1", "d-1"));
        ClaimKey key = new ClaimKey(VISIT, "d-1");
        claims.claim(key, "consumer-a", CLAIMED_AT, LEASE);

        assertThat(store.saveReleasing(visit("n-1", "d-1"), claims, key))
                .isEqualTo(new MappingSaveResult.AlreadySaved(visit("n-1", "d-1").createdAt(NOW)));
        assertThat(claims.outstanding(key)).isFalse();
    }

    @Test
    void saveReleasingWithoutAClaimJustSaves() {
        assertThat(store.saveReleasing(visit("n-1", "d-1"), claims, new ClaimKey(VISIT, "d-1")))
                .isInstanceOf(MappingSaveResult.Saved.class);
        assertThat(store.findByDpsId(VISIT, "d-1")).isPresent();
    }

    @Test
    void saveReleasingWithClaimsKeptElsewhereSavesHereAndReleasesThere() {
        WriteClaims elsewhere = new InMemoryWriteClaims();
        ClaimKey key = new ClaimKey(VISIT, "d-1");
        elsewhere.claim(key, "consumer-a", CLAIMED_AT, LEASE);
        claims.claim(key, "consumer-b", CLAIMED_AT, LEASE);

        store.saveReleasing(visit("n-1", "d-1"), elsewhere, key);

        assertThat(store.findByDpsId(VISIT, "d-1")).isPresent();
        assertThat(elsewhere.outstanding(key)).isFalse();
        assertThat(claims.outstanding(key)).as("the store's own claims were not the ones named").isTrue();
    }

    @Test
    void claimUnlessMappedClaimsAnEntityNeitherMappedNorClaimed() {
        ClaimKey key = new ClaimKey(VISIT, "d-1");

        CreateClaim result = store.claimUnlessMapped(MappedId.dps(VISIT, "d-1"), claims, key, "consumer-a", NOW,
                LEASE);

        assertThat(result).isEqualTo(new CreateClaim.Claimed(new ClaimResult.Fresh()));
        assertThat(claims.outstanding(key)).isTrue();
        assertThat(claims.claim(key, "consumer-b", NOW, LEASE))
                .isEqualTo(new ClaimResult.HeldElsewhere("consumer-a", NOW.plus(LEASE)));
    }

    @Test
    void claimUnlessMappedOfAnEntityMappedOnEitherSideIsMappedAndTakesNoClaim() {
        store.save(visit("n-1", "d-1"));
        ClaimKey toNomis = new ClaimKey(VISIT, "d-1");
        ClaimKey fromNomis = new ClaimKey(VISIT, "nomis-n-1");

        assertThat(store.claimUnlessMapped(MappedId.dps(VISIT, "d-1"), claims, toNomis, "consumer-a", NOW, LEASE))
                .isEqualTo(CreateClaim.MAPPED);
        assertThat(store.claimUnlessMapped(MappedId.nomis(VISIT, "n-1"), claims, fromNomis, "consumer-a", NOW,
                LEASE)).isEqualTo(CreateClaim.MAPPED);
        assertThat(claims.outstanding(toNomis)).isFalse();
        assertThat(claims.outstanding(fromNomis)).isFalse();
    }

    @Test
    void claimUnlessMappedLooksOnlyAtTheSideAndTypeItIsGiven() {
        store.save(visit("n-1", "d-1"));

        assertThat(store.claimUnlessMapped(MappedId.nomis(VISIT, "d-1"), claims, new ClaimKey(VISIT, "x-1"),
                "consumer-a", NOW, LEASE)).isEqualTo(new CreateClaim.Claimed(new ClaimResult.Fresh()));
        assertThat(store.claimUnlessMapped(MappedId.dps(ALERT, "d-1"), claims, new ClaimKey(ALERT, "d-1"),
                "consumer-a", NOW, LEASE)).isEqualTo(new CreateClaim.Claimed(new ClaimResult.Fresh()));
    }

    @Test
    void claimUnlessMappedOfAnEntityClaimedElsewhereIsHeldElsewhere() {
        ClaimKey key = new ClaimKey(VISIT, "d-1");
        claims.claim(key, "consumer-b", CLAIMED_AT, LEASE);

        assertThat(store.claimUnlessMapped(MappedId.dps(VISIT, "d-1"), claims, key, "consumer-a", NOW, LEASE))
                .isEqualTo(new CreateClaim.Claimed(new ClaimResult.HeldElsewhere("consumer-b",
                        CLAIMED_AT.plus(LEASE))));
    }

    @Test
    void claimUnlessMappedOfAnEntityWhoseClaimLapsedOrWasAbandonedResumesIt() {
        ClaimKey lapsed = new ClaimKey(VISIT, "d-1");
        ClaimKey abandoned = new ClaimKey(VISIT, "d-2");
        claims.claim(lapsed, "consumer-b", NOW.minus(LEASE).minusSeconds(1), LEASE);
        claims.claim(abandoned, "consumer-c", CLAIMED_AT, LEASE);
        claims.abandon(abandoned, "consumer-c", CLAIMED_AT);

        assertThat(store.claimUnlessMapped(MappedId.dps(VISIT, "d-1"), claims, lapsed, "consumer-a", NOW, LEASE))
                .isEqualTo(new CreateClaim.Claimed(new ClaimResult.Resumed(2, "consumer-b")));
        assertThat(store.claimUnlessMapped(MappedId.dps(VISIT, "d-2"), claims, abandoned, "consumer-a", NOW, LEASE))
                .isEqualTo(new CreateClaim.Claimed(new ClaimResult.Resumed(2, "consumer-c")));
    }

    @Test
    void ofEightSimultaneousClaimsOfOneUnmappedEntityExactlyOneIsTakenAndTheRestAreHeldElsewhere() throws Exception {
        ClaimKey key = new ClaimKey(VISIT, "d-1");

        List<CreateClaim> results = Concurrently.run(8, i -> store.claimUnlessMapped(MappedId.dps(VISIT, "d-1"),
                claims, key, "consumer-" + i, NOW, LEASE));

        assertThat(results).filteredOn(new CreateClaim.Claimed(new ClaimResult.Fresh())::equals).hasSize(1);
        int winner = results.indexOf(new CreateClaim.Claimed(new ClaimResult.Fresh()));
        assertThat(results).filteredOn(r -> r.equals(new CreateClaim.Claimed(
                new ClaimResult.HeldElsewhere("consumer-" + winner, NOW.plus(LEASE))))).hasSize(7);
    }

    /**
     * The invariant a create relies on: once the claim's holder has saved the mapping and released, nobody can take
     * the claim without seeing the mapping. Each round a holder saves-and-releases while seven others ask until they
     * are no longer held off: every one must then answer mapped, never a claim of its own (a second target write).
     */
    @Test
    void whoeverFindsTheHoldersClaimGoneFindsItsMapping() throws Exception {
        for (int round = 0; round < 20; round++) {
            String dpsId = "d-" + round;
            ClaimKey key = new ClaimKey(VISIT, dpsId);
            claims.claim(key, "holder", NOW, LEASE);
            Mapping mapping = visit("n-" + round, dpsId);

            List<CreateClaim> results = Concurrently.run(8, i -> {
                if (i == 0) {
                    store.saveReleasing(mapping, claims, key);
                    return CreateClaim.MAPPED;
                }
                while (true) {
                    CreateClaim result = store.claimUnlessMapped(MappedId.dps(VISIT, dpsId), claims, key,
                            "consumer-" + i, NOW, LEASE);
                    if (!(result instanceof CreateClaim.Claimed claimed
                            && claimed.claim() instanceof ClaimResult.HeldElsewhere)) {
                        return result;
                    }
                }
            });

            assertThat(results).as("round %d", round).containsOnly(CreateClaim.MAPPED);
            assertThat(claims.outstanding(key)).isFalse();
        }
    }

    @Test
    void replaceRepointsAMappingAtAnotherPrisoner() {
        Mapping before = visit("101", "d-101");
        store.save(before);
        Mapping after = Mapping.of(VISIT, "101", "d-101", "B9876ZZ", MappingTypes.NOMIS_CREATED);

        assertThat(store.replace(List.of(before), List.of(after))).isTrue();

        assertThat(store.findByDpsId(VISIT, "d-101")).contains(after.createdAt(NOW));
        assertThat(store.findByPrisoner(VISIT, "A1234BC")).isEmpty();
        assertThat(store.findByPrisoner(VISIT, "B9876ZZ")).containsExactly(after.createdAt(NOW));
    }

    @Test
    void replaceMayGiveAnAddedMappingTheKeysOfTheRemovedOnes() {
        store.save(visit("101", "d-101"));
        store.save(Mapping.of(ALERT, "7", "d-101/7", "A1234BC", MappingTypes.NOMIS_CREATED));

        // the copy 7 becomes the note's own pair: both rows go, one comes back with the DPS id of the first
        boolean done = store.replace(
                List.of(Mapping.of(ALERT, "7", "d-101/7", "A1234BC", MappingTypes.NOMIS_CREATED), visit("101", "d-101")),
                List.of(visit("7", "d-101")));

        assertThat(done).isTrue();
        assertThat(store.findByDpsId(VISIT, "d-101")).contains(visit("7", "d-101").createdAt(NOW));
        assertThat(store.findByNomisId(VISIT, "101")).isEmpty();
        assertThat(store.findByDpsId(ALERT, "d-101/7")).isEmpty();
    }

    @Test
    void aReplaceWhoseAddedKeyIsHeldElsewhereChangesNothing() {
        store.save(visit("101", "d-101"));
        store.save(visit("102", "d-102"));

        boolean done = store.replace(List.of(visit("101", "d-101")), List.of(visit("102", "d-999")));

        assertThat(done).isFalse();
        assertThat(store.findByDpsId(VISIT, "d-101")).contains(visit("101", "d-101").createdAt(NOW));
        assertThat(store.findByDpsId(VISIT, "d-999")).isEmpty();
        assertThat(store.findByNomisId(VISIT, "102")).contains(visit("102", "d-102").createdAt(NOW));
    }
}
