package org.prisonsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
    private static final MessageContext CONTEXT = new MessageContext("q", "retry-1", 1);

    private final InMemoryMappingStore stored = new InMemoryMappingStore();
    private final InMemoryWriteClaims claims = new InMemoryWriteClaims();

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
    void handlingTheRetrySavesTheMappingAndReleasesTheClaim() {
        claims.claim(new ClaimKey("VISIT", "ab-cd-ef-gh"), "i/m-1", TestWorld.START, Duration.ofSeconds(30));
        MappingRetryHandler handler = new MappingRetryHandler(stored, claims);

        SyncOutcome outcome = handler.handle(MappingRetry.message(MAPPING, "visit", Map.of("offenderNo", "A1234BC")),
                CONTEXT);

        assertThat(outcome).isInstanceOf(SyncOutcome.Synced.class);
        assertThat(outcome.event()).isEqualTo("visit-create-mapping-retry-success");
        assertThat(outcome.properties()).containsEntry("offenderNo", "A1234BC")
                .containsEntry("retryMessageId", "retry-1");
        assertThat(stored.findByDpsId("VISIT", "ab-cd-ef-gh")).get().extracting(Mapping::nomisId).isEqualTo("42");
        assertThat(claims.size()).isZero();
    }

    @Test
    void aRedeliveredRetryFindsTheMappingAlreadySaved() {
        stored.save(MAPPING);
        SyncOutcome outcome = new MappingRetryHandler(stored, claims)
                .handle(MappingRetry.message(MAPPING, "visit", Map.of()), CONTEXT);
        assertThat(outcome).isInstanceOf(SyncOutcome.Synced.class);
    }

    @Test
    void aRetryThatConflictsIsADuplicate() {
        stored.save(Mapping.of("VISIT", "42", "other-ref", "A1234BC", MappingTypes.ONLINE));

        SyncOutcome outcome = new MappingRetryHandler(stored, claims)
                .handle(MappingRetry.message(MAPPING, "visit", Map.of()), CONTEXT);

        assertThat(outcome).isInstanceOf(SyncOutcome.Duplicate.class);
        assertThat(outcome.event()).isEqualTo("to-nomis-synch-visit-duplicate");
        assertThat(outcome.properties()).containsEntry("existingDpsId", "other-ref")
                .containsEntry("duplicateDpsId", "ab-cd-ef-gh");
    }

    @Test
    void aRetryThatFailsAgainIsRetriedAndKeepsTheClaim() {
        claims.claim(new ClaimKey("VISIT", "ab-cd-ef-gh"), "i/m-1", TestWorld.START, Duration.ofSeconds(30));

        SyncOutcome outcome = new MappingRetryHandler(new FailingMappingStore(stored, 1), claims)
                .handle(MappingRetry.message(MAPPING, "visit", Map.of()), CONTEXT);

        assertThat(outcome).isInstanceOf(SyncOutcome.RetryLater.class);
        assertThat(outcome.event()).isEqualTo("create-mapping-retry-failure");
        assertThat(outcome.properties().get("reason")).contains("503");
        assertThat(claims.claim(new ClaimKey("VISIT", "ab-cd-ef-gh"), "other", TestWorld.START,
                Duration.ofSeconds(30))).isInstanceOf(ClaimResult.HeldElsewhere.class);
    }

    @Test
    void aRetryFailingOnEveryDeliveryEndsOnTheDlqWithTheUpstreamTelemetryName() {
        TestWorld world = TestWorld.builder().failingMappingSaves(100).build();
        world.send(TestWorld.TO_NOMIS, MappingRetry.message(MAPPING, "visit", Map.of()));

        world.pumpAll();

        assertThat(world.telemetry().count("create-mapping-retry-failure")).isEqualTo(5);
        assertThat(world.telemetry().count("RETRY_CREATE_MAPPING-sent-to-dlq")).isEqualTo(1);
        assertThat(world.dlq(TestWorld.TO_NOMIS_DLQ)).hasSize(1);
    }
}
