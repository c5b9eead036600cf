package org.prisonsync.simulator.adjudications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.adjudications.AdaSummary;
import org.prisonsync.core.adjudications.AdjudicationEvents;
import org.prisonsync.core.adjudications.AdjudicationsNomisApi;
import org.prisonsync.core.adjudications.DpsCharge;
import org.prisonsync.core.adjudications.NomisAdjudication;
import org.prisonsync.core.adjudications.NomisAdjudicationRequest;
import org.prisonsync.core.adjudications.NomisAwardId;
import org.prisonsync.core.adjudications.NomisAwardRequest;
import org.prisonsync.core.adjudications.NomisChargeId;
import org.prisonsync.core.adjudications.NomisHearingRequest;
import org.prisonsync.core.adjudications.NomisResultRequest;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * The real systems' adjudication routes at their real paths, hand-written over the twins: the DPS adjudications API's
 * two reads, and NOMIS's adjudication, hearing, result and award endpoints. Request bodies are read strictly (an
 * unknown field is a 400); a write to what NOMIS lacks is its 404.
 */
final class AdjudicationRoutes {
    private static final String ADJ = "/adjudications/adjudication-number/{adjudicationNumber}";
    private static final String CHARGE = ADJ + "/charge/{chargeSequence}";
    private static final Set<String> AWARD_FIELDS = Set.of("sanctionType", "sanctionStatus", "commentText",
            "effectiveDate", "compensationAmount", "sanctionDays", "consecutiveCharge");

    private final AdjudicationsSimulation simulation;
    private final ObjectMapper mapper;

    AdjudicationRoutes(AdjudicationsSimulation simulation, ObjectMapper mapper) {
        this.simulation = simulation;
        this.mapper = mapper;
    }

    RouteTable dpsTable() {
        return RouteTable.builder()
                .hook(Method.GET, "/reported-adjudications/{chargeNumber}/v2", ctx -> {
                    String number = ctx.pathParam("chargeNumber");
                    if (!AdjudicationEvents.isChargeNumber(number)) {
                        throw ApiError.badRequest("chargeNumber is not a charge number: " + number);
                    }
                    DpsCharge charge = simulation.dps().charge(number).orElseThrow(() ->
                            ApiError.notFound("ReportedAdjudication not found for " + number));
                    ctx.json(Map.of("reportedAdjudication", dto(charge)));
                })
                .hook(Method.GET, "/reported-adjudications/all-by-booking/{offenderBookingId}", ctx ->
                        ctx.json(simulation.dps().allByBooking(Params.positiveLong(ctx, "offenderBookingId")).stream()
                                .map(AdjudicationRoutes::dto).toList()))
                .build();
    }

    RouteTable nomisTable() {
        return RouteTable.builder()
                .hook(Method.POST, "/prisoners/{offenderNo}/adjudications", ctx -> {
                    String offenderNo = Params.prisonerNumber(ctx, "offenderNo");
                    NomisChargeId id = nomis(() -> simulation.nomis().createAdjudication(offenderNo,
                            adjudicationBody(ctx)));
                    ctx.status(201).json(adjudication(simulation.nomis().adjudication(id.adjudicationNumber())
                            .orElseThrow()));
                })
                .hook(Method.GET, ADJ, ctx -> ctx.json(adjudication(simulation.nomis()
                        .adjudication(number(ctx)).orElseThrow(() -> ApiError.notFound("Adjudication "
                                + number(ctx) + " not found")))))
                .hook(Method.GET, "/adjudications/hearings/{hearingId}", ctx -> {
                    long hearingId = Params.positiveLong(ctx, "hearingId");
                    ctx.json(adjudication(simulation.nomis().adjudicationOfHearing(hearingId).orElseThrow(() ->
                            ApiError.notFound("Hearing " + hearingId + " not found"))));
                })
                .hook(Method.GET, "/adjudications/charges/ids", this::chargeIds)
                .hook(Method.PUT, ADJ + "/repairs", ctx -> {
                    JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("repairs");
                    List<NomisAdjudication.Repair> repairs = new ArrayList<>();
                    for (JsonNode r : array(body, "repairs")) {
                        allowOnly(r, Set.of("typeCode", "comment"), "repairs[]");
                        repairs.add(new NomisAdjudication.Repair(text(r, "typeCode", true), text(r, "comment", false)));
                    }
                    nomis(() -> {
                        simulation.nomis().updateRepairs(number(ctx), repairs);
                        return null;
                    });
                    ctx.json(Map.of("repairs", repairs));
                })
                .hook(Method.PUT, ADJ + "/evidence", ctx -> {
                    JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("evidence");
                    List<NomisAdjudication.Evidence> evidence = new ArrayList<>();
                    for (JsonNode e : array(body, "evidence")) {
                        allowOnly(e, Set.of("typeCode", "detail"), "evidence[]");
                        evidence.add(new NomisAdjudication.Evidence(text(e, "typeCode", true), text(e, "detail", true)));
                    }
                    nomis(() -> {
                        simulation.nomis().updateEvidence(number(ctx), evidence);
                        return null;
                    });
                    ctx.json(Map.of("evidence", evidence));
                })
                .hook(Method.POST, ADJ + "/hearings", ctx -> {
                    NomisHearingRequest request = hearingBody(ctx, true);
                    long id = nomis(() -> simulation.nomis().createHearing(number(ctx), request));
                    ctx.status(201).json(Map.of("hearingId", id));
                })
                .hook(Method.PUT, ADJ + "/hearings/{hearingId}", ctx -> {
                    NomisHearingRequest request = hearingBody(ctx, false);
                    nomis(() -> {
                        simulation.nomis().updateHearing(number(ctx), Params.positiveLong(ctx, "hearingId"), request);
                        return null;
                    });
                    ctx.status(200);
                })
                .hook(Method.DELETE, ADJ + "/hearings/{hearingId}", ctx -> {
                    simulation.nomis().deleteHearing(number(ctx), Params.positiveLong(ctx, "hearingId"));
                    ctx.status(200);
                })
                .hook(Method.POST, ADJ + "/hearings/{hearingId}/charge/{chargeSequence}/result", ctx -> {
                    NomisResultRequest request = resultBody(ctx);
                    long hearingId = Params.positiveLong(ctx, "hearingId");
                    nomis(() -> {
                        simulation.nomis().upsertHearingResult(charge(ctx), hearingId, request);
                        return null;
                    });
                    ctx.status(201).json(Map.of("hearingId", hearingId, "resultSequence", 1));
                })
                .hook(Method.DELETE, ADJ + "/hearings/{hearingId}/charge/{chargeSequence}/result", ctx ->
                        ctx.json(Map.of("awardsDeleted", ids(simulation.nomis().deleteHearingResult(charge(ctx),
                                Params.positiveLong(ctx, "hearingId"))))))
                .hook(Method.POST, CHARGE + "/result", ctx -> {
                    NomisResultRequest request = resultBody(ctx);
                    nomis(() -> {
                        simulation.nomis().upsertResultWithoutHearing(charge(ctx), request);
                        return null;
                    });
                    ctx.status(201);
                })
                .hook(Method.DELETE, CHARGE + "/result", ctx -> {
                    simulation.nomis().deleteResultWithoutHearing(charge(ctx));
                    ctx.status(200);
                })
                .hook(Method.POST, CHARGE + "/awards", ctx -> {
                    JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("awards");
                    List<NomisAwardRequest> awards = new ArrayList<>();
                    for (JsonNode a : array(body, "awards")) {
                        awards.add(award(a));
                    }
                    List<NomisAwardId> made = nomis(() -> simulation.nomis().createAwards(charge(ctx), awards));
                    ctx.status(201).json(Map.of("awardsCreated", ids(made)));
                })
                .hook(Method.PUT, CHARGE + "/awards", ctx -> {
                    JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("awardsToCreate", "awardsToUpdate");
                    ctx.json(changes(nomis(() -> {
                        Awards awards = awards(body.node());
                        return simulation.nomis().updateAwards(charge(ctx), awards.create(), awards.update());
                    })));
                })
                .hook(Method.DELETE, CHARGE + "/awards", ctx ->
                        ctx.json(Map.of("awardsDeleted", ids(simulation.nomis().deleteAwards(charge(ctx))))))
                .hook(Method.PUT, CHARGE + "/quash", ctx -> {
                    nomis(() -> {
                        simulation.nomis().quash(charge(ctx));
                        return null;
                    });
                    ctx.status(200);
                })
                .hook(Method.PUT, CHARGE + "/unquash", ctx -> {
                    JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("findingCode", "awards");
                    String finding = body.requiredText("findingCode");
                    JsonNode awardsNode = body.requiredObject("awards").node();
                    ctx.json(changes(nomis(() -> {
                        Awards awards = awards(awardsNode);
                        return simulation.nomis().unquash(charge(ctx), finding, awards.create(), awards.update());
                    })));
                })
                .hook(Method.GET, "/prisoners/booking-id/{bookingId}/awards/ada/summary", ctx -> {
                    AdaSummary summary = simulation.nomis().adaSummary(Params.positiveLong(ctx, "bookingId"));
                    ctx.json(Map.of("bookingId", summary.bookingId(), "offenderNo", summary.offenderNo(),
                            "adaSummaries", summary.adaSummaries().stream().map(a -> Map.of(
                                    "adjudicationNumber", a.adjudicationNumber(),
                                    "sanctionSequence", a.sanctionSequence(), "days", a.days(),
                                    "effectiveDate", a.effectiveDate().toString(),
                                    "sanctionStatus", code(a.sanctionStatus()))).toList()));
                })
                .hook(Method.GET, "/prisoners/{offenderNo}/merges", ctx -> {
                    String offenderNo = Params.prisonerNumber(ctx, "offenderNo");
                    String from = ctx.queryParam("fromDate");
                    LocalDate fromDate;
                    try {
                        fromDate = from == null ? null : LocalDate.parse(from);
                    } catch (DateTimeParseException e) {
                        throw ApiError.badRequest("fromDate is not a date: " + from);
                    }
                    ctx.json(simulation.nomis().mergesSince(offenderNo, fromDate).stream().map(m -> Map.of(
                            "deletedOffenderNo", offenderNo, "retainedOffenderNo", offenderNo,
                            "activeBookingId", 1, "previousBookingId", 1, "requestDateTime", m.toString())).toList());
                })
                .build();
    }

    private void chargeIds(Context ctx) {
        LocalDate from;
        try {
            from = ctx.queryParam("fromDate") == null ? null : LocalDate.parse(ctx.queryParam("fromDate"));
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("fromDate is not a date");
        }
        List<String> prisons = ctx.queryParams("prisonIds");
        int page = Params.intQuery(ctx, "page", 0);
        int size = Params.intQuery(ctx, "size", 20);
        List<AdjudicationsNomisApi.ChargeRef> all = new ArrayList<>();
        if (prisons.isEmpty()) {
            all.addAll(simulation.nomis().chargeIds(from, null));
        } else {
            prisons.forEach(p -> all.addAll(simulation.nomis().chargeIds(from, p)));
        }
        int start = Math.min(all.size(), page * size);
        List<Map<String, Object>> content = all.subList(start, Math.min(all.size(), start + size)).stream()
                .map(r -> Map.<String, Object>of("adjudicationNumber", r.id().adjudicationNumber(),
                        "chargeSequence", r.id().chargeSequence(), "offenderNo", r.offenderNo())).toList();
        int totalPages = (all.size() + size - 1) / size;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", content);
        body.put("totalElements", all.size());
        body.put("totalPages", totalPages);
        body.put("number", page);
        body.put("size", size);
        body.put("last", page + 1 >= totalPages);
        ctx.json(body);
    }

    private static <T> T nomis(Supplier<T> call) {
        try {
            return call.get();
        } catch (UpstreamRejected e) {
            throw new ApiError(e.status(), e.getMessage(), e.getMessage(), null);
        }
    }

    private static long number(Context ctx) {
        return Params.positiveLong(ctx, "adjudicationNumber");
    }

    private static NomisChargeId charge(Context ctx) {
        long sequence = Params.positiveLong(ctx, "chargeSequence");
        if (sequence > Integer.MAX_VALUE) {
            throw ApiError.badRequest("chargeSequence is too large");
        }
        return new NomisChargeId(number(ctx), (int) sequence);
    }

    private NomisAdjudicationRequest adjudicationBody(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("incident", "charges", "evidence");
        JsonBody incident = body.requiredObject("incident").allowOnly("reportingStaffUsername", "incidentDate",
                "incidentTime", "reportedDate", "reportedTime", "internalLocationId", "details", "prisonId",
                "prisonerVictimsOffenderNumbers", "staffWitnessesUsernames", "staffVictimsUsernames", "repairs");
        List<NomisAdjudication.Repair> repairs = new ArrayList<>();
        for (JsonNode r : array(incident, "repairs")) {
            allowOnly(r, Set.of("typeCode", "comment", "cost"), "incident.repairs[]");
            repairs.add(new NomisAdjudication.Repair(text(r, "typeCode", true), text(r, "comment", false)));
        }
        List<String> offences = new ArrayList<>();
        for (JsonNode c : array(body, "charges")) {
            allowOnly(c, Set.of("offenceCode"), "charges[]");
            offences.add(text(c, "offenceCode", true));
        }
        List<NomisAdjudication.Evidence> evidence = new ArrayList<>();
        for (JsonNode e : array(body, "evidence")) {
            allowOnly(e, Set.of("typeCode", "detail"), "evidence[]");
            evidence.add(new NomisAdjudication.Evidence(text(e, "typeCode", true), text(e, "detail", true)));
        }
        return new NomisAdjudicationRequest(incident.requiredText("reportingStaffUsername"),
                incident.requiredDate("incidentDate"), time(incident, "incidentTime"),
                incident.requiredDate("reportedDate"), time(incident, "reportedTime"),
                incident.optionalLong("internalLocationId").orElseThrow(() ->
                        ApiError.badRequest("incident.internalLocationId is required")),
                incident.optionalText("details").orElse(null), incident.requiredText("prisonId"), repairs, offences,
                evidence);
    }

    private static LocalTime time(JsonBody body, String field) {
        return LocalTime.parse(body.requiredTime(field));
    }

    private NomisHearingRequest hearingBody(Context ctx, boolean create) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        if (create) {
            body.allowOnly("hearingType", "hearingDate", "hearingTime", "agencyId", "internalLocationId");
        } else {
            body.allowOnly("hearingType", "hearingDate", "hearingTime", "internalLocationId");
        }
        return new NomisHearingRequest(body.requiredText("hearingType"), body.requiredDate("hearingDate"),
                time(body, "hearingTime"), create ? body.requiredText("agencyId") : null,
                body.optionalLong("internalLocationId").orElseThrow(() ->
                        ApiError.badRequest("internalLocationId is required")));
    }

    private NomisResultRequest resultBody(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("adjudicatorUsername", "pleaFindingCode",
                "findingCode");
        return new NomisResultRequest(body.optionalText("adjudicatorUsername").orElse(null),
                body.requiredText("pleaFindingCode"), body.requiredText("findingCode"));
    }

    private record Awards(List<NomisAwardRequest> create, Map<Integer, NomisAwardRequest> update) {
    }

    private static Awards awards(JsonNode node) {
        allowOnly(node, Set.of("awardsToCreate", "awardsToUpdate"), "awards");
        List<NomisAwardRequest> create = new ArrayList<>();
        for (JsonNode a : list(node, "awardsToCreate")) {
            create.add(award(a));
        }
        Map<Integer, NomisAwardRequest> update = new LinkedHashMap<>();
        for (JsonNode u : list(node, "awardsToUpdate")) {
            allowOnly(u, Set.of("sanctionSequence", "award"), "awardsToUpdate[]");
            if (!u.path("sanctionSequence").canConvertToInt() || !u.path("award").isObject()) {
                throw ApiError.badRequest("awardsToUpdate[] needs sanctionSequence and award");
            }
            update.put(u.get("sanctionSequence").asInt(), award(u.get("award")));
        }
        return new Awards(create, update);
    }

    private static NomisAwardRequest award(JsonNode a) {
        allowOnly(a, AWARD_FIELDS, "award");
        LocalDate effective;
        try {
            effective = LocalDate.parse(text(a, "effectiveDate", true));
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("effectiveDate is not a date");
        }
        NomisChargeId consecutive = null;
        if (a.hasNonNull("consecutiveCharge")) {
            JsonNode c = a.get("consecutiveCharge");
            consecutive = new NomisChargeId(c.path("adjudicationNumber").asLong(), c.path("chargeSequence").asInt());
        }
        return new NomisAwardRequest(text(a, "sanctionType", true), text(a, "sanctionStatus", true), effective,
                a.hasNonNull("sanctionDays") ? a.get("sanctionDays").asInt() : null, text(a, "commentText", false),
                a.hasNonNull("compensationAmount") ? a.get("compensationAmount").asDouble() : null, consecutive);
    }

    private static List<JsonNode> array(JsonBody body, String field) {
        return list(body.node(), field);
    }

    private static List<JsonNode> list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw ApiError.badRequest(field + " is required");
        }
        if (!value.isArray()) {
            throw ApiError.badRequest(field + " must be an array");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    private static void allowOnly(JsonNode node, Set<String> fields, String where) {
        if (!node.isObject()) {
            throw ApiError.badRequest(where + " must be an object");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw ApiError.badRequest("unknown field " + where + "." + name);
            }
        }
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ApiError.badRequest(field + " is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw ApiError.badRequest(field + " must be a string");
        }
        return value.asText();
    }

    private static Map<String, Object> code(String code) {
        return Map.of("code", code == null ? "" : code, "description", code == null ? "" : code);
    }

    private static List<Map<String, Object>> ids(List<NomisAwardId> ids) {
        return ids.stream().map(i -> Map.<String, Object>of("bookingId", i.bookingId(), "sanctionSequence",
                i.sanctionSequence())).toList();
    }

    private static Map<String, Object> changes(AdjudicationsNomisApi.AwardChanges changes) {
        return Map.of("awardsCreated", ids(changes.created()), "awardsDeleted", ids(changes.deleted()));
    }

    /** NOMIS's {@code AdjudicationResponse}, the fields the sync and an operator read. */
    static Map<String, Object> adjudication(NomisAdjudication a) {
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("incidentDate", a.incidentDate().toString());
        incident.put("incidentTime", a.incidentTime() == null ? null : a.incidentTime().toString());
        incident.put("details", a.details());
        incident.put("prison", code(a.prisonId()));
        incident.put("repairs", a.repairs().stream().map(r -> {
            Map<String, Object> repair = new LinkedHashMap<>();
            repair.put("type", code(r.typeCode()));
            repair.put("comment", r.comment());
            return repair;
        }).toList());
        List<Map<String, Object>> hearings = new ArrayList<>();
        for (NomisAdjudication.Hearing h : a.hearings()) {
            Map<String, Object> hearing = new LinkedHashMap<>();
            hearing.put("hearingId", h.hearingId());
            hearing.put("type", code(h.hearingType()));
            hearing.put("hearingDate", h.hearingDate().toString());
            hearing.put("hearingTime", h.hearingTime().toString());
            hearing.put("internalLocation", Map.of("locationId", h.internalLocationId(), "code", "L",
                    "description", "L"));
            hearing.put("hearingResults", h.results().stream().map(r -> {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("charge", Map.of("chargeSequence", r.chargeSequence()));
                result.put("pleaFindingType", code(r.pleaFindingCode()));
                result.put("findingType", code(r.findingCode()));
                result.put("resultAwards", r.awards().stream().map(aw -> {
                    Map<String, Object> award = new LinkedHashMap<>();
                    award.put("sequence", aw.id().sanctionSequence());
                    award.put("sanctionType", code(aw.award().sanctionType()));
                    award.put("sanctionStatus", code(aw.award().sanctionStatus()));
                    award.put("comment", aw.award().commentText());
                    award.put("effectiveDate", aw.award().effectiveDate().toString());
                    award.put("sanctionDays", aw.award().sanctionDays());
                    award.put("compensationAmount", aw.award().compensationAmount());
                    award.put("adjudicationNumber", a.adjudicationNumber());
                    award.put("chargeSequence", r.chargeSequence());
                    NomisChargeId consecutive = aw.award().consecutiveCharge();
                    if (consecutive != null) {
                        // NOMIS answers the award this one follows; the sync reads only which charge it is on
                        award.put("consecutiveAward", Map.of("sanctionType", code(aw.award().sanctionType()),
                                "adjudicationNumber", consecutive.adjudicationNumber(),
                                "chargeSequence", consecutive.chargeSequence()));
                    }
                    return award;
                }).toList());
                return result;
            }).toList());
            hearings.add(hearing);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("adjudicationNumber", a.adjudicationNumber());
        body.put("adjudicationSequence", 1);
        body.put("bookingId", a.bookingId());
        body.put("offenderNo", a.offenderNo());
        body.put("incident", incident);
        body.put("charges", a.charges().stream().map(c -> Map.of("chargeSequence", c.chargeSequence(),
                "offence", Map.of("code", c.offenceCode(), "description", c.offenceCode()))).toList());
        body.put("investigations", List.of(Map.of("evidence", a.evidence().stream().map(e -> {
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("type", code(e.typeCode()));
            evidence.put("detail", e.detail());
            return evidence;
        }).toList())));
        body.put("hearings", hearings);
        return body;
    }

    /** The adjudications API's {@code ReportedAdjudicationDto}, the fields the sync reads. */
    static Map<String, Object> dto(DpsCharge c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chargeNumber", c.chargeNumber());
        body.put("prisonerNumber", c.prisonerNumber());
        body.put("originatingAgencyId", c.originatingAgencyId());
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("locationId", c.incidentLocationId());
        incident.put("locationUuid", c.incidentLocationUuid());
        incident.put("dateTimeOfIncident", c.dateTimeOfIncident().toString());
        body.put("incidentDetails", incident);
        body.put("createdByUserId", c.createdByUserId());
        body.put("createdDateTime", c.createdDateTime() == null ? null : c.createdDateTime().toString());
        body.put("offenceDetails", Map.of("offenceRule", c.offenceCode() == null ? Map.of()
                : Map.of("nomisCode", c.offenceCode())));
        body.put("incidentStatement", c.incidentStatement() == null ? Map.of()
                : Map.of("statement", c.incidentStatement()));
        body.put("status", c.status());
        body.put("damages", c.damages().stream().map(d -> Map.of("code", d.code(), "details", d.details(),
                "reporter", d.reporter())).toList());
        body.put("evidence", c.evidence().stream().map(e -> Map.of("code", e.code(), "details", e.details(),
                "reporter", e.reporter())).toList());
        body.put("hearings", c.hearings().stream().map(AdjudicationRoutes::hearing).toList());
        body.put("outcomes", c.outcomes().stream().map(o -> {
            Map<String, Object> history = new LinkedHashMap<>();
            if (o.hearingId() != null) {
                c.hearing(o.hearingId()).ifPresent(h -> history.put("hearing", hearing(h)));
                if (!history.containsKey("hearing")) {
                    history.put("hearing", Map.of("id", o.hearingId()));
                }
            }
            history.put("outcome", Map.of("outcome", Map.of("code", o.code(), "canRemove", true)));
            return history;
        }).toList());
        body.put("punishments", c.punishments().stream().map(p -> {
            Map<String, Object> schedule = new LinkedHashMap<>();
            schedule.put("days", p.days());
            schedule.put("duration", p.duration());
            schedule.put("startDate", p.startDate() == null ? null : p.startDate().toString());
            schedule.put("suspendedUntil", p.suspendedUntil() == null ? null : p.suspendedUntil().toString());
            schedule.put("measurement", "DAYS");
            Map<String, Object> punishment = new LinkedHashMap<>();
            punishment.put("id", p.id());
            punishment.put("type", p.type());
            punishment.put("privilegeType", p.privilegeType());
            punishment.put("stoppagePercentage", p.stoppagePercentage());
            punishment.put("schedule", schedule);
            punishment.put("damagesOwedAmount", p.damagesOwedAmount());
            punishment.put("consecutiveChargeNumber", p.consecutiveChargeNumber());
            punishment.put("canRemove", true);
            punishment.put("canEdit", true);
            punishment.put("rehabilitativeActivities", List.of());
            return punishment;
        }).toList());
        return body;
    }

    private static Map<String, Object> hearing(DpsCharge.Hearing h) {
        Map<String, Object> hearing = new LinkedHashMap<>();
        hearing.put("id", h.id());
        hearing.put("locationId", h.locationId());
        hearing.put("locationUuid", h.locationUuid());
        hearing.put("dateTimeOfHearing", h.dateTimeOfHearing().toString());
        hearing.put("oicHearingType", h.oicHearingType());
        hearing.put("agencyId", h.agencyId());
        if (h.outcome() != null) {
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("code", h.outcome().code());
            outcome.put("adjudicator", h.outcome().adjudicator());
            outcome.put("plea", h.outcome().plea());
            hearing.put("outcome", outcome);
        }
        return hearing;
    }
}
