package org.prisonsync.core.courtsentencing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.adjustments.AdjustmentsDomain;
import org.prisonsync.core.adjustments.AdjustmentsDpsApi;
import org.prisonsync.core.adjustments.AdjustmentsNomisApi;
import org.prisonsync.core.adjustments.inmemory.InMemoryAdjustmentsDpsApi;
import org.prisonsync.core.adjustments.inmemory.InMemoryAdjustmentsNomisApi;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCharge;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtAppearance;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyCourtCase;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacyPeriodLength;
import org.prisonsync.core.courtsentencing.CourtSentencingDpsApi.LegacySentence;
import org.prisonsync.core.courtsentencing.inmemory.InMemoryCourtSentencingDpsApi;
import org.prisonsync.core.courtsentencing.inmemory.InMemoryCourtSentencingNomisApi;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.mapping.ForwardingMappingStore;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.sync.SyncSettings;

/**
 * The core with court sentencing installed (and the adjustments domain beside it, whose create a clone's adjustments
 * share), over the in-memory ports, with faults to inject into the mapping store's writes, the queue's sends and every
 * call of the NOMIS and DPS ports ({@link FaultyPort}), and the events DPS sends. NOMIS's sentence adjustments live in
 * its adjustments tables, as in NOMIS.
 */
final class CourtSentencingWorld {
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final String QUEUE = CourtSentencingDomain.TO_NOMIS.defaultName();
    static final String FROM_QUEUE = CourtSentencingDomain.FROM_NOMIS.defaultName();
    static final String COURT = "LEEDCC";

    final MutableClock clock = new MutableClock(START);
    final InMemoryMappingStore store = new InMemoryMappingStore(clock);
    final FaultyMappings mappings = new FaultyMappings(store);
    final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    final InMemoryQueues queues = new InMemoryQueues(List.of(
            QueueDefinition.withDefaults(CourtSentencingDomain.TO_NOMIS.id(), QUEUE, QUEUE + "-dlq"),
            QueueDefinition.withDefaults(CourtSentencingDomain.FROM_NOMIS.id(), FROM_QUEUE, FROM_QUEUE + "-dlq"),
            QueueDefinition.withDefaults(AdjustmentsDomain.TO_NOMIS.id(), AdjustmentsDomain.TO_NOMIS.defaultName(),
                    AdjustmentsDomain.TO_NOMIS.defaultName() + "-dlq"),
            QueueDefinition.withDefaults(AdjustmentsDomain.FROM_NOMIS.id(), AdjustmentsDomain.FROM_NOMIS.defaultName(),
                    AdjustmentsDomain.FROM_NOMIS.defaultName() + "-dlq")));
    final FaultyQueue queue = new FaultyQueue(queues);
    final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    final InMemoryCourtSentencingNomisApi nomis = new InMemoryCourtSentencingNomisApi(100_000);
    final InMemoryCourtSentencingDpsApi dps = new InMemoryCourtSentencingDpsApi();
    final InMemoryAdjustmentsNomisApi adjustmentsNomis = new InMemoryAdjustmentsNomisApi(900_000);
    final InMemoryAdjustmentsDpsApi adjustmentsDps = new InMemoryAdjustmentsDpsApi();
    final FaultyPort<CourtSentencingNomisApi> nomisFaults = FaultyPort.of(CourtSentencingNomisApi.class, nomis);
    final FaultyPort<CourtSentencingDpsApi> dpsFaults = FaultyPort.of(CourtSentencingDpsApi.class, dps);
    final FaultyPort<AdjustmentsNomisApi> adjustmentsNomisFaults = FaultyPort.of(AdjustmentsNomisApi.class,
            adjustmentsNomis);
    final FaultyPort<AdjustmentsDpsApi> adjustmentsDpsFaults = FaultyPort.of(AdjustmentsDpsApi.class,
            adjustmentsDps);
    final InMemoryActivePrisoners active = new InMemoryActivePrisoners();
    final PrisonSyncCore core;

    CourtSentencingWorld() {
        nomis.keepAdjustmentsIn(adjustmentTables(adjustmentsNomis));
        core = PrisonSyncCore.builder(new SharedPorts(mappings, claims, queue, queues, telemetry, clock))
                .domain(new CourtSentencingDomain(nomisFaults.port(), dpsFaults.port(), active))
                .domain(new AdjustmentsDomain(adjustmentsNomisFaults.port(), adjustmentsDpsFaults.port(), active))
                .queues(queues.queues())
                .settings(new SyncSettings("test-instance", Duration.ofSeconds(30)))
                .build();
    }

    /** NOMIS's court cases joined to its adjustment tables, as NOMIS keeps a sentence's adjustments. */
    static InMemoryCourtSentencingNomisApi.AdjustmentTables adjustmentTables(InMemoryAdjustmentsNomisApi tables) {
        return new InMemoryCourtSentencingNomisApi.AdjustmentTables() {
            @Override
            public long plant(String offenderNo, long bookingId, long sentenceSequence, LocalDate from, int days) {
                return tables.plantRemand(offenderNo, bookingId, sentenceSequence, from, days, "MDI");
            }

            @Override
            public long copy(long adjustmentId, String offenderNo, long bookingId, long sentenceSequence) {
                return tables.copySentenceAdjustment(adjustmentId, offenderNo, bookingId, sentenceSequence, "MDI");
            }
        };
    }

    CourtSentencingRepairs repairs() {
        return core.domain(CourtSentencingDomain.class).repairs();
    }

    Disposition handle(Envelope message) {
        return core.processor().handle(new InboundMessage(QUEUE, "msg-" + UUID.randomUUID(), 1, message,
                message.toString(), Map.of()));
    }

    /** The same event delivered three times. */
    void thrice(Notification event) {
        for (int i = 0; i < 3; i++) {
            handle(event);
        }
    }

    /** Delivers everything on the to-NOMIS queue (the clone's internal messages, retries) until it is empty. */
    int pump() {
        return queues.pump(QUEUE, core.processor()::handle);
    }

    /** Delivers everything on the from-NOMIS queue (the resync messages, mapping retries) until it is empty. */
    int pumpFromNomis() {
        return queues.pump(FROM_QUEUE, core.processor()::handle);
    }

    /** One delivery of {@code message} on the from-NOMIS queue, as a consumer receives it. */
    Disposition handleFromNomis(Envelope message) {
        return core.processor().handle(new InboundMessage(FROM_QUEUE, "msg-" + UUID.randomUUID(), 1, message,
                message.toString(), Map.of()));
    }

    /** The failure reasons on the from-NOMIS queue's DLQ. */
    List<String> fromNomisDlqReasons() {
        return queues.messages(FROM_QUEUE + "-dlq").stream()
                .map(e -> e.attributes().getOrDefault(InMemoryQueues.FAILURE_REASON_ATTRIBUTE, "")).toList();
    }

    /** What went to the from-NOMIS side, by type. */
    List<InternalMessage> sentToFromNomis(String type) {
        List<InternalMessage> found = new ArrayList<>();
        for (InMemoryQueues.Entry e : queues.messages(FROM_QUEUE)) {
            if (e.envelope() instanceof InternalMessage m && m.type().equals(type)) {
                found.add(m);
            }
        }
        return found;
    }

    Optional<Mapping> mapping(String type, String dpsId) {
        return store.findByDpsId(type, dpsId);
    }

    String nomisId(String type, String dpsId) {
        return mapping(type, dpsId).orElseThrow(() -> new AssertionError("no " + type + " mapping of " + dpsId))
                .nomisId();
    }

    // --- DPS data

    static String uuid() {
        return UUID.randomUUID().toString();
    }

    LegacyCourtCase courtCase(String prisoner) {
        LegacyCourtCase c = new LegacyCourtCase(uuid(), prisoner, true, LocalDate.of(2026, 1, 10), COURT, "T2026001");
        dps.put(c);
        return c;
    }

    LegacyCharge charge(LegacyCourtCase c, String offence) {
        LegacyCharge charge = new LegacyCharge(c.prisonerId(), c.courtCaseUuid(), uuid(), "1002", offence,
                LocalDate.of(2025, 12, 1), null);
        dps.put(charge);
        return charge;
    }

    LegacyCourtAppearance appearance(LegacyCourtCase c, LocalDate date, LegacyCharge... charges) {
        LegacyCourtAppearance a = new LegacyCourtAppearance(uuid(), c.courtCaseUuid(), c.prisonerId(), "4531",
                COURT, date, LocalTime.of(10, 0), List.of(charges), null, "CRT", null);
        dps.put(a);
        return a;
    }

    LegacySentence sentence(LegacyCourtCase c, LegacyCourtAppearance a, LegacyCharge charge) {
        LegacySentence s = new LegacySentence(c.prisonerId(), c.courtCaseUuid(), charge.lifetimeUuid(), uuid(),
                a.lifetimeUuid(), true, "ADIMP", "2020", null, new BigDecimal("0"), LocalDate.of(2026, 2, 1));
        dps.put(s);
        return s;
    }

    LegacyPeriodLength term(LegacySentence s, int years) {
        LegacyPeriodLength p = new LegacyPeriodLength(years, null, null, null, false, "IMP", uuid(),
                s.lifetimeUuid(), s.prisonerId(), s.chargeLifetimeUuid(), s.courtCaseId(), s.appearanceUuid());
        dps.put(p);
        return p;
    }

    // --- events

    /** A sentenced case synchronised to NOMIS on one booking, with the NOMIS case and an adjustment planted there. */
    record SentencedCase(CourtSentencingDpsApi.LegacyCourtCase courtCase, CourtSentencingDpsApi.LegacyCharge charge,
                         CourtSentencingDpsApi.LegacyCourtAppearance first, CourtSentencingDpsApi.LegacySentence sentence,
                         CourtSentencingDpsApi.LegacyPeriodLength term, NomisCourtCase source, long adjustment) {
    }

    /**
     * The clone tests' starting point: a case with a charge, an appearance, a sentence and a term made in DPS and
     * synchronised onto {@code oldBooking}, a remand adjustment planted on its NOMIS sentence, then a new booking.
     */
    SentencedCase sentencedCaseThenNewBooking(String prisoner, long oldBooking, long newBooking) {
        nomis.admit(prisoner, oldBooking);
        CourtSentencingDpsApi.LegacyCourtCase courtCase = courtCase(prisoner);
        CourtSentencingDpsApi.LegacyCharge charge = charge(courtCase, "TH68010");
        CourtSentencingDpsApi.LegacyCourtAppearance first = appearance(courtCase, java.time.LocalDate.of(2025, 6, 1),
                charge);
        CourtSentencingDpsApi.LegacySentence sentence = sentence(courtCase, first, charge);
        CourtSentencingDpsApi.LegacyPeriodLength term = term(sentence, 2);
        String c = courtCase.courtCaseUuid();
        for (Notification e : java.util.List.of(
                event(CourtSentencingSync.CASE_INSERTED, prisoner, ids("courtCaseId", c)),
                event(CourtSentencingSync.CHARGE_INSERTED, prisoner, ids("courtCaseId", c,
                        "courtChargeId", charge.lifetimeUuid())),
                event(CourtSentencingSync.APPEARANCE_INSERTED, prisoner, ids("courtCaseId", c,
                        "courtAppearanceId", first.lifetimeUuid())),
                event(CourtSentencingSync.SENTENCE_INSERTED, prisoner, ids("courtCaseId", c,
                        "sentenceId", sentence.lifetimeUuid())),
                event(CourtSentencingSync.PERIOD_LENGTH_INSERTED, prisoner, ids("courtCaseId", c,
                        "periodLengthId", term.periodLengthUuid())))) {
            org.assertj.core.api.Assertions.assertThat(handle(e))
                    .isInstanceOf(org.prisonsync.core.queue.Disposition.Ack.class);
        }
        NomisCourtCase source = nomis.courtCase(prisoner, Long.parseLong(nomisId(CourtSentencingSync.COURT_CASE, c)))
                .orElseThrow();
        long adjustment = nomis.plantAdjustment(source.sentences().get(0).id());
        nomis.admit(prisoner, newBooking);
        return new SentencedCase(courtCase, charge, first, sentence, term, source, adjustment);
    }

    static Notification event(String eventType, String prisoner, Map<String, Object> ids) {
        Map<String, Object> info = new LinkedHashMap<>(ids);
        info.putIfAbsent("source", "DPS");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1");
        message.put("occurredAt", START.toString());
        message.put("description", "a court sentencing event");
        message.put("additionalInformation", info);
        message.put("personReference", Map.of("identifiers", List.of(Map.of("type", "NOMS", "value", prisoner))));
        return new Notification(UUID.randomUUID().toString(), eventType, message);
    }

    static Map<String, Object> ids(Object... pairs) {
        Map<String, Object> ids = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            ids.put((String) pairs[i], pairs[i + 1]);
        }
        return ids;
    }

    // --- faults

    /** A mapping store whose writes fail while {@code failing} says so (the mapping service down). */
    static final class FaultyMappings extends ForwardingMappingStore {
        volatile Predicate<Mapping> failSave = m -> false;
        volatile int failures;

        FaultyMappings(MappingStore store) {
            super(store);
        }

        @Override
        public MappingSaveResult save(Mapping mapping) {
            if (failSave.test(mapping)) {
                failures++;
                throw new UpstreamUnavailable("mapping service unavailable (injected)");
            }
            return delegate.save(mapping);
        }
    }

    /** A queue whose sends of a type fail while {@code failSend} says so (SQS refusing). */
    static final class FaultyQueue implements MessageQueue {
        private final MessageQueue queue;
        volatile Predicate<Envelope> failSend = m -> false;

        FaultyQueue(MessageQueue queue) {
            this.queue = queue;
        }

        @Override
        public void send(String queueName, Envelope message, Duration delay, Map<String, String> attributes) {
            if (failSend.test(message)) {
                throw new IllegalStateException("SQS send failed (injected)");
            }
            queue.send(queueName, message, delay, attributes);
        }
    }
}
