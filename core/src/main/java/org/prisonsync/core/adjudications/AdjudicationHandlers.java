package org.prisonsync.core.adjudications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.Steps;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.sync.UpdateRequest;
import org.prisonsync.core.sync.UpsertFlow;
import org.prisonsync.core.sync.UpsertRequest;

/**
 * The adjudications handlers. The report and each hearing are created through the shared {@link CreateFlow} (claim
 * before write; a resumed create adopts the unmapped NOMIS record an earlier attempt left); damages, evidence and
 * hearing changes through the {@link UpdateFlow}; a charge's results, awards, quash and unquash under one claim on the
 * charge ({@link UpsertFlow}), each converging on what DPS holds now, so redeliveries and racing consumers leave one
 * NOMIS record per entity.
 */
final class AdjudicationHandlers {
    private final AdjudicationsDpsApi dps;
    private final AdjudicationsNomisApi nomis;
    private final ChargeWrites writes;
    private final CreateFlow create;
    private final UpdateFlow update;
    private final UpsertFlow upsert;

    AdjudicationHandlers(AdjudicationsDpsApi dps, AdjudicationsNomisApi nomis, ChargeWrites writes,
                         CreateFlow create, UpdateFlow update, UpsertFlow upsert) {
        this.dps = dps;
        this.nomis = nomis;
        this.writes = writes;
        this.create = create;
        this.update = update;
        this.upsert = upsert;
    }

    // --- the report

    SyncOutcome reportCreated(Notification notification, MessageContext context) {
        AdjudicationEvents.Read read = AdjudicationEvents.read(notification.asDomainEvent());
        return create.run(new CreateRequest<>("adjudication", AdjudicationsSync.ADJUDICATION, read.chargeNumber(),
                read.prisonerNumber(), AdjudicationsSync.MAPPING_TYPE, read.properties(),
                () -> dps.charge(read.chargeNumber()), this::writeReport), context);
    }

    private TargetWrite writeReport(DpsCharge charge, boolean resumed) {
        NomisAdjudicationRequest request = reportRequest(charge, writes.incidentLocation(charge));
        if (resumed) {
            java.time.LocalDate from = charge.createdDateTime() == null ? request.reportedDate()
                    : charge.createdDateTime().toLocalDate();
            for (AdjudicationsNomisApi.ChargeRef ref : nomis.chargeIds(from, request.prisonId())) {
                if (ref.offenderNo().equals(charge.prisonerNumber())
                        && writes.mappings().findByNomisId(AdjudicationsSync.ADJUDICATION, ref.id().key()).isEmpty()
                        && nomis.adjudication(ref.id().adjudicationNumber()).filter(request::describes).isPresent()) {
                    return TargetWrite.found(ref.id().key());
                }
            }
        }
        return TargetWrite.created(nomis.createAdjudication(charge.prisonerNumber(), request).key());
    }

    static NomisAdjudicationRequest reportRequest(DpsCharge charge, long nomisLocationId) {
        java.time.LocalDateTime reported = charge.createdDateTime() == null ? charge.dateTimeOfIncident()
                : charge.createdDateTime();
        return new NomisAdjudicationRequest(charge.createdByUserId(), charge.dateTimeOfIncident().toLocalDate(),
                ChargeWrites.time(charge.dateTimeOfIncident()), reported.toLocalDate(), ChargeWrites.time(reported),
                nomisLocationId, charge.incidentStatement(), charge.originatingAgencyId(),
                repairs(charge), charge.offenceCode() == null ? List.of() : List.of(charge.offenceCode()),
                evidence(charge));
    }

    static List<NomisAdjudication.Repair> repairs(DpsCharge charge) {
        return charge.damages().stream().map(d -> new NomisAdjudication.Repair(
                AdjudicationCodes.repairType(d.code()), d.details())).toList();
    }

    static List<NomisAdjudication.Evidence> evidence(DpsCharge charge) {
        return charge.evidence().stream().map(e -> new NomisAdjudication.Evidence(
                AdjudicationCodes.evidenceType(e.code()), e.details())).toList();
    }

    EventHandler reportUpdated(String what, boolean evidence) {
        return (notification, context) -> {
            AdjudicationEvents.Read read = AdjudicationEvents.read(notification.asDomainEvent());
            return update.run(new UpdateRequest<DpsCharge>("adjudication", what + "-update",
                    AdjudicationsSync.ADJUDICATION, read.chargeNumber(), read.prisonerNumber(), read.properties(),
                    () -> dps.charge(read.chargeNumber()), (charge, mapping) -> {
                        NomisChargeId id = charge(mapping);
                        if (evidence) {
                            nomis.updateEvidence(id.adjudicationNumber(), evidence(charge));
                        } else {
                            nomis.updateRepairs(id.adjudicationNumber(), repairs(charge));
                        }
                    }), context);
        };
    }

    private static NomisChargeId charge(Mapping mapping) {
        return NomisChargeId.parseKey(mapping.nomisId()).orElseThrow(() -> new UpstreamRejected(422,
                "the mapping of adjudication " + mapping.dpsId() + " names no NOMIS charge: " + mapping.nomisId()));
    }

    // --- hearings

    SyncOutcome hearingCreated(Notification notification, MessageContext context) {
        AdjudicationEvents.Read read = AdjudicationEvents.read(notification.asDomainEvent());
        long hearingId = read.requireHearingId(AdjudicationsSync.HEARING_CREATED);
        Map<String, String> props = read.properties();
        return guard("hearing-create", props, () -> {
            if (writes.hearingOf(hearingId).isEmpty()) {
                writes.chargeOf(read.chargeNumber());
            }
            return create.run(new CreateRequest<>("hearing", AdjudicationsSync.HEARING, Long.toString(hearingId),
                    read.prisonerNumber(), AdjudicationsSync.MAPPING_TYPE, props,
                    () -> dps.charge(read.chargeNumber()).flatMap(c -> c.hearing(hearingId)),
                    (hearing, resumed) -> writeHearing(writes.chargeOf(read.chargeNumber()), hearing, resumed)),
                    context);
        });
    }

    /** Creates the NOMIS hearing for a DPS hearing; {@code adopt}: first look for an unmapped one made from it. */
    TargetWrite writeHearing(NomisChargeId charge, DpsCharge.Hearing hearing, boolean adopt) {
        NomisHearingRequest request = writes.hearingRequest(hearing);
        if (adopt) {
            Optional<NomisAdjudication> adjudication = nomis.adjudication(charge.adjudicationNumber());
            for (NomisAdjudication.Hearing existing : adjudication.map(NomisAdjudication::hearings)
                    .orElse(List.of())) {
                String key = new NomisHearingKey(existing.hearingId(), charge.chargeSequence()).key();
                if (request.describes(existing)
                        && writes.mappings().findByNomisId(AdjudicationsSync.HEARING, key).isEmpty()) {
                    return TargetWrite.found(key);
                }
            }
        }
        long created = nomis.createHearing(charge.adjudicationNumber(), request);
        return TargetWrite.created(new NomisHearingKey(created, charge.chargeSequence()).key());
    }

    SyncOutcome hearingUpdated(Notification notification, MessageContext context) {
        AdjudicationEvents.Read read = AdjudicationEvents.read(notification.asDomainEvent());
        long hearingId = read.requireHearingId(AdjudicationsSync.HEARING_UPDATED);
        Map<String, String> props = read.properties();
        return guard("hearing-update", props, () -> {
            NomisChargeId charge = writes.chargeOf(read.chargeNumber());
            return update.run(new UpdateRequest<DpsCharge.Hearing>("hearing", "update", AdjudicationsSync.HEARING,
                    Long.toString(hearingId), read.prisonerNumber(), props,
                    () -> dps.charge(read.chargeNumber()).flatMap(c -> c.hearing(hearingId)),
                    (hearing, mapping) -> nomis.updateHearing(charge.adjudicationNumber(), hearingKey(mapping)
                            .hearingId(), writes.hearingRequest(hearing))), context);
        });
    }

    private static NomisHearingKey hearingKey(Mapping mapping) {
        return NomisHearingKey.parseKey(mapping.nomisId()).orElseThrow(() -> new UpstreamRejected(422,
                "the mapping of hearing " + mapping.dpsId() + " names no NOMIS hearing: " + mapping.nomisId()));
    }

    /**
     * {@code adjudication.hearing.deleted} → the NOMIS hearing is deleted, then its mapping. NOMIS deletes with it
     * the results and awards of every charge the hearing served (seed 000's cascade; {@code adjudications
     * repair-punishments} restores another charge's).
     */
    SyncOutcome hearingDeleted(Notification notification, MessageContext context) {
        AdjudicationEvents.Read read = AdjudicationEvents.read(notification.asDomainEvent());
        long hearingId = read.requireHearingId(AdjudicationsSync.HEARING_DELETED);
        Map<String, String> props = read.properties();
        Optional<Mapping> mapping = writes.mappings().findByDpsId(AdjudicationsSync.HEARING,
                Long.toString(hearingId));
        if (mapping.isEmpty()) {
            return new SyncOutcome.Ignored("hearing-delete-ignored", props,
                    "no mapping for hearing " + hearingId + ": nothing in NOMIS to delete");
        }
        return guard("hearing-delete", props, () -> {
            NomisChargeId charge = writes.chargeOf(read.chargeNumber());
            NomisHearingKey key = hearingKey(mapping.get());
            props.put("nomisHearingId", Long.toString(key.hearingId()));
            nomis.deleteHearing(charge.adjudicationNumber(), key.hearingId());
            context.step(Steps.NOMIS_WRITTEN);
            writes.mappings().deleteByDpsId(AdjudicationsSync.HEARING, Long.toString(hearingId));
            return new SyncOutcome.Synced("hearing-delete-success", props);
        });
    }

    // --- a charge's results and awards, one writer per charge

    EventHandler outcome(String verb) {
        return (notification, context) -> {
            AdjudicationEvents.Read read = AdjudicationEvents.read(notification.asDomainEvent());
            Map<String, String> props = read.properties();
            String prefix = "hearing-result-" + verb;
            return onCharge(read, prefix, props, context, () -> {
                NomisChargeId charge = writes.chargeOf(read.chargeNumber());
                Optional<DpsCharge> dpsCharge = dps.charge(read.chargeNumber());
                if (dpsCharge.isEmpty()) {
                    return new SyncOutcome.RetryLater(prefix + "-failed", props,
                            "adjudication " + read.chargeNumber() + " not found in DPS");
                }
                props.put("nomisId", charge.key());
                props.put("result", writes.syncResult(dpsCharge.get(), charge, read.hearingId().orElse(null)));
                context.step(Steps.NOMIS_WRITTEN);
                return new SyncOutcome.Synced(prefix + "-success", props);
            });
        };
    }

    EventHandler punishments(String verb) {
        return (notification, context) -> {
            AdjudicationEvents.Read read = AdjudicationEvents.read(notification.asDomainEvent());
            Map<String, String> props = read.properties();
            String prefix = "punishment-" + verb;
            return onCharge(read, prefix, props, context, () -> {
                NomisChargeId charge = writes.chargeOf(read.chargeNumber());
                Optional<DpsCharge> dpsCharge = dps.charge(read.chargeNumber());
                if (dpsCharge.isEmpty()) {
                    return new SyncOutcome.RetryLater(prefix + "-failed", props,
                            "adjudication " + read.chargeNumber() + " not found in DPS");
                }
                NomisAdjudication adjudication = writes.adjudication(charge);
                ChargeWrites.PunishmentPlan plan = writes.planPunishments(dpsCharge.get(), charge, adjudication);
                props.put("nomisId", charge.key());
                props.put("created", Integer.toString(plan.nomisUnchanged() ? 0 : plan.toCreate().size()));
                props.put("unchanged", Boolean.toString(plan.nothingToDo()));
                writes.apply(plan, adjudication);
                if (!plan.nothingToDo()) {
                    context.step(Steps.NOMIS_WRITTEN);
                }
                return new SyncOutcome.Synced(prefix + "-success", props);
            });
        };
    }

    SyncOutcome quashed(Notification notification, MessageContext context) {
        AdjudicationEvents.Read read = AdjudicationEvents.read(notification.asDomainEvent());
        Map<String, String> props = read.properties();
        return onCharge(read, "adjudication-outcome-quash", props, context, () -> {
            NomisChargeId charge = writes.chargeOf(read.chargeNumber());
            props.put("nomisId", charge.key());
            nomis.quash(charge);
            context.step(Steps.NOMIS_WRITTEN);
            return new SyncOutcome.Synced("adjudication-outcome-quash-success", props);
        });
    }

    SyncOutcome unquashed(Notification notification, MessageContext context) {
        AdjudicationEvents.Read read = AdjudicationEvents.read(notification.asDomainEvent());
        Map<String, String> props = read.properties();
        String prefix = "adjudication-outcome-unquash";
        return onCharge(read, prefix, props, context, () -> {
            NomisChargeId charge = writes.chargeOf(read.chargeNumber());
            Optional<DpsCharge> dpsCharge = dps.charge(read.chargeNumber());
            if (dpsCharge.isEmpty()) {
                return new SyncOutcome.RetryLater(prefix + "-failed", props,
                        "adjudication " + read.chargeNumber() + " not found in DPS");
            }
            DpsCharge.Hearing hearing = dpsCharge.get().latestHearingWithOutcome().orElseThrow(() ->
                    new ChargeWrites.AwaitingParent("DPS adjudication " + read.chargeNumber()
                            + " has no hearing outcome to restore"));
            String finding = AdjudicationCodes.finding(hearing, dpsCharge.get().outcomeOf(hearing.id()))
                    .orElseThrow();
            NomisAdjudication adjudication = writes.adjudication(charge);
            ChargeWrites.PunishmentPlan plan = writes.planPunishments(dpsCharge.get(), charge, adjudication);
            plan.staleMappings().forEach(p -> writes.mappings().deleteByDpsId(AdjudicationsSync.PUNISHMENT, p));
            AdjudicationsNomisApi.AwardChanges changes = nomis.unquash(charge, finding, plan.createRequests(),
                    plan.toUpdate());
            plan.adopted().forEach(writes.mappings()::save);
            writes.mapCreated(plan, changes.created());
            writes.forgetDeleted(changes.deleted());
            context.step(Steps.NOMIS_WRITTEN);
            props.put("nomisId", charge.key());
            props.put("findingCode", finding);
            return new SyncOutcome.Synced(prefix + "-success", props);
        });
    }

    private SyncOutcome onCharge(AdjudicationEvents.Read read, String prefix, Map<String, String> props,
                                 MessageContext context, Supplier<SyncOutcome> write) {
        return upsert.run(new UpsertRequest(AdjudicationsSync.CHARGE_CLAIM, read.chargeNumber(),
                prefix + "-awaiting-claim", props, () -> guard(prefix, props, write)), context);
    }

    /** A parent not there yet is retried ({@code -awaiting-parent}); an upstream failure too ({@code -failed}). */
    static SyncOutcome guard(String prefix, Map<String, String> props, Supplier<SyncOutcome> work) {
        try {
            return work.get();
        } catch (ChargeWrites.AwaitingParent e) {
            Map<String, String> withReason = new LinkedHashMap<>(props);
            withReason.put("reason", e.getMessage());
            return new SyncOutcome.RetryLater(prefix + "-awaiting-parent", withReason, e.getMessage());
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(prefix + "-failed", props, e);
        }
    }
}
