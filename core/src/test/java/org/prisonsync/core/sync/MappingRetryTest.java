package org.prisonsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.testing.FailingMappingStore;
import org.prisonsync.core.testing.TestWorld;

class MappingRetryTest {
    private static final Mapping MAPPING = Mapping.of("VISIT", "42", "ab-cd-ef-gh", "A1234BC", MappingTypes.ONLINE)
            .withLabel("2026-02-01T10:00:00");
    private static final ClaimKey CLAIM = new ClaimKey("VISIT", "ab-cd-ef-gh");
    private static final MessageContext CONTEXT = new MessageContext("q", "retry-1", 1);

    private final InMemoryMappingStore stored = new InMemoryMappingStore();
    private final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    private final ScriptedFacts facts = new ScriptedFacts();
    private final EventRoutes routes = new EventRoutes().onMappingRetry("visit", "VISIT", MappingTypes.ONLINE, facts);

    /** Facts that answer as told and record what they were asked. */
    private static final class ScriptedFacts implements MappingFacts {
        private MappingCheck answer = MappingCheck.confirmed();
        private boolean unavailable;
        private final List<Mapping> checked = new ArrayList<>();

        @Override
        public ClaimKey claimOf(Mapping mapping) {
            return new ClaimKey("VISIT", mapping.dpsId());
        }

        @Override
        public MappingCheck check(Mapping mapping) {
            checked.add(mapping);
            if (unavailable) {
                throw new UpstreamUnavailable("NOMIS unavailable (503)");
            }
            return answer;
        }
    }

    private MappingRetryHandler handler() {
        return new MappingRetryHandler(stored, claims, routes);
    }

    private void claimAsTheFailedCreateDid() {
        claims.claim(CLAIM, "i/m-1", TestWorld.START, Duration.ofSeconds(30));
    }

    @Test
    void theMessageCarriesTheMappingTheEntityAndTheTelemetry() {
        InternalMessage message = MappingRetry.message(MAPPING, "visit", Map.of("offenderNo", "A1234BC"));

        assertThat(message.type()).isEqualTo(InternalMessage.RETRY_CREATE_MAPPING);
        assertThat(MappingRetry.mappingOf(message)).isEqualTo(MAPPING);
        assertThat(MappingRetry.entityNameOf(message)).isEqualTo("visit");
        assertThat(MappingRetry.telemetryOf(message)).containsExactly(Map.entry("offenderNo", "A1234BC"));
    }

    @Test
    void aMappingWithoutPrisonerOrLabelSurvivesTheTrip() {
        Mapping bare = Mapping.of("VISIT", "42", "ab", null, MappingTypes.ONLINE);
        assertThat(MappingRetry.mappingOf(MappingRetry.message(bare, "visit", Map.of()))).isEqualTo(bare);
    }

    @Test
    void handlingTheRetryChecksTheFactsSavesTheMappingAndReleasesTheClaim() {
        claimAsTheFailedCreateDid();

        SyncOutcome outcome = handler().handle(MappingRetry.message(MAPPING, "visit",
                Map.of("offenderNo", "A1234BC")), CONTEXT);

        assertThat(outcome).isInstanceOf(SyncOutcome.Synced.class);
        assertThat(outcome.event()).isEqualTo("visit-create-mapping-retry-success");
        assertThat(outcome.properties()).containsEntry("offenderNo", "A1234BC")
                .containsEntry("retryMessageId", "retry-1");
        assertThat(facts.checked).containsExactly(MAPPING);
        assertThat(stored.findByDpsId("VISIT", "ab-cd-ef-gh")).get().extracting(Mapping::nomisId).isEqualTo("42");
        assertThat(claims.size()).isZero();
    }

    @Test
    void aRedeliveredRetryFindsTheMappingAlreadySavedWithoutCheckingAgain() {
        stored.save(MAPPING);
        SyncOutcome outcome = handler().handle(MappingRetry.message(MAPPING, "visit", Map.of()), CONTEXT);
        assertThat(outcome).isInstanceOf(SyncOutcome.Synced.class);
        assertThat(facts.checked).isEmpty();
    }

    @Test
    void aRetryThatConflictsIsADuplicate() {
        stored.save(Mapping.of("VISIT", "42", "other-ref", "A1234BC", MappingTypes.ONLINE));

        SyncOutcome outcome = handler().handle(MappingRetry.message(MAPPING, "visit", Map.of()), CONTEXT);

        assertThat(outcome).isInstanceOf(SyncOutcome.Duplicate.class);
        assertThat(outcome.event()).isEqualTo("to-nomis-synch-visit-duplicate");
        assertThat(outcome.properties()).containsEntry("existingDpsId", "other-ref")
                .containsEntry("duplicateDpsId", "ab-cd-ef-gh");
    }

    @Test
    void aRetryThatFailsAgainIsRetriedAndKeepsTheClaim() {
        claimAsTheFailedCreateDid();

        SyncOutcome outcome = new MappingRetryHandler(new FailingMappingStore(stored, 1), claims, routes)
                .handle(MappingRetry.message(MAPPING, "visit", Map.of()), CONTEXT);

        assertThat(outcome).isInstanceOf(SyncOutcome.RetryLater.class);
        assertThat(outcome.event()).isEqualTo("create-mapping-retry-failure");
        assertThat(outcome.properties().get("reason")).contains("503");
        assertThat(claims.claim(CLAIM, "other", TestWorld.START, Duration.ofSeconds(30)))
                .isInstanceOf(ClaimResult.HeldElsewhere.class);
    }

    @Test
    void factsThatDoNotHoldAreRejectedWithTheirReasonAndNothingIsSaved() {
        claimAsTheFailedCreateDid();
        facts.answer = MappingCheck.refuted("NOMIS visit 42 does not exist");

        SyncOutcome outcome = handler().handle(MappingRetry.message(MAPPING, "visit", Map.of()), CONTEXT);

        assertThat(outcome).isInstanceOf(SyncOutcome.Rejected.class);
        assertThat(outcome.event()).isEqualTo("create-mapping-retry-rejected");
        assertThat(((SyncOutcome.Rejected) outcome).reason()).contains("NOMIS visit 42 does not exist");
        assertThat(stored.findByDpsId("VISIT", "ab-cd-ef-gh")).isEmpty();
    }

    @Test
    void factsThatCannotBeCheckedNowAreRetried() {
        claimAsTheFailedCreateDid();
        facts.unavailable = true;

        SyncOutcome outcome = handler().handle(MappingRetry.message(MAPPING, "visit", Map.of()), CONTEXT);

        assertThat(outcome).isInstanceOf(SyncOutcome.RetryLater.class);
        assertThat(((SyncOutcome.RetryLater) outcome).reason()).contains("503");
        assertThat(stored.findByDpsId("VISIT", "ab-cd-ef-gh")).isEmpty();
    }

    @Test
    void aRetryWithoutTheWriteClaimOfAnUnfinishedCreateIsRejectedBeforeAnythingIsRead() {
        SyncOutcome outcome = handler().handle(MappingRetry.message(MAPPING, "visit", Map.of()), CONTEXT);

        assertThat(outcome).isInstanceOf(SyncOutcome.Rejected.class);
        assertThat(((SyncOutcome.Rejected) outcome).reason()).contains("no write claim");
        assertThat(facts.checked).isEmpty();
        assertThat(stored.findByDpsId("VISIT", "ab-cd-ef-gh")).isEmpty();
    }

    @Test
    void mappingsOfATypeNobodyRegisteredAreRefused() {
        Mapping migrated = Mapping.of("VISIT", "42", "ab-cd-ef-gh", "A1234BC", MappingTypes.MIGRATED);
        Mapping otherEntity = Mapping.of("INCENTIVE", "42", "ab-cd-ef-gh", "A1234BC", MappingTypes.ONLINE);
        claimAsTheFailedCreateDid();

        for (InternalMessage forged : List.of(MappingRetry.message(migrated, "visit", Map.of()),
                MappingRetry.message(otherEntity, "visit", Map.of()),
                MappingRetry.message(MAPPING, "incentive", Map.of()))) {
            assertThat(handler().handle(forged, CONTEXT)).isInstanceOf(SyncOutcome.Rejected.class);
        }
        assertThat(facts.checked).isEmpty();
        assertThat(stored.findByDpsId("VISIT", "ab-cd-ef-gh")).isEmpty();
    }

    @Test
    void aRetryFailingOnEveryDeliveryEndsOnTheDlqWithTheUpstreamTelemetryName() {
        TestWorld world = TestWorld.builder().failingMappingSaves(100).build();
        world.dps().book(org.prisonsync.core.testing.SampleVisits.numbered(1));
        world.pumpAll(); // the create writes NOMIS, its save fails and queues the retry, which fails on every delivery

        assertThat(world.telemetry().count("visit-mapping-create-failed")).isEqualTo(1);
        assertThat(world.telemetry().count("create-mapping-retry-failure")).isEqualTo(5);
        assertThat(world.telemetry().count("RETRY_CREATE_MAPPING-sent-to-dlq")).isEqualTo(1);
        assertThat(world.dlq(TestWorld.TO_NOMIS_DLQ)).hasSize(1);
    }
}
