package org.prisonsync.simulator.activities;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prisonsync.core.activities.ActivityPay;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.core.activities.Allocation;
import org.prisonsync.core.activities.AttendanceSync;
import org.prisonsync.core.activities.ExcludedSlot;
import org.prisonsync.core.activities.ScheduleSlot;
import org.prisonsync.core.activities.ScheduledInstance;

/** The activities API's JSON shapes, as upstream's openapi names their fields. */
final class ActivityWire {
    private static final String[] FLAGS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};

    private ActivityWire() {
    }

    /** {@code ActivitySchedule}. */
    static Map<String, Object> schedule(ActivitySchedule s) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("id", s.activityId());
        activity.put("prisonCode", s.prisonCode());
        activity.put("summary", s.summary());
        activity.put("category", Map.of("id", 1, "code", s.categoryCode(), "name", s.categoryCode()));
        activity.put("payPerSession", s.payPerSession());
        activity.put("outsideWork", s.outsideWork());
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", s.id());
        wire.put("description", s.description());
        if (s.internalLocationId() != null) {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("id", s.internalLocationId());
            location.put("code", "LOC");
            location.put("description", "Location " + s.internalLocationId());
            location.put("dpsLocationId", s.dpsLocationId());
            wire.put("internalLocation", location);
        }
        wire.put("capacity", s.capacity());
        wire.put("activity", activity);
        wire.put("scheduleWeeks", 1);
        wire.put("slots", s.slots().stream().map(ActivityWire::slot).toList());
        wire.put("instances", s.instances().stream().map(ActivityWire::session).toList());
        wire.put("allocations", List.of());
        wire.put("suspensions", List.of());
        wire.put("startDate", s.startDate());
        wire.put("endDate", s.endDate());
        wire.put("runsOnBankHoliday", s.runsOnBankHoliday());
        wire.put("usePrisonRegimeTime", true);
        return wire;
    }

    private static Map<String, Object> slot(ScheduleSlot slot) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", slot.hashCode() & 0xffff);
        wire.put("weekNumber", slot.weekNumber());
        wire.put("timeSlot", slot.timeSlot());
        wire.put("startTime", slot.startTime());
        wire.put("endTime", slot.endTime());
        wire.put("daysOfWeek", slot.days().stream().map(DayOfWeek::name).sorted().toList());
        flags(wire, slot.days(), "Flag");
        return wire;
    }

    private static void flags(Map<String, Object> wire, Set<DayOfWeek> days, String suffix) {
        for (int i = 0; i < FLAGS.length; i++) {
            wire.put(FLAGS[i] + suffix, days.contains(DayOfWeek.of(i + 1)));
        }
    }

    private static Map<String, Object> session(ScheduledInstance i) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", i.id());
        wire.put("date", i.date());
        wire.put("startTime", i.startTime());
        wire.put("endTime", i.endTime());
        wire.put("timeSlot", i.startTime().getHour() < 12 ? "AM" : i.startTime().getHour() < 17 ? "PM" : "ED");
        wire.put("cancelled", i.cancelled());
        wire.put("attendances", List.of());
        wire.put("advanceAttendances", List.of());
        return wire;
    }

    /** {@code ActivityScheduleInstance}: the session with its schedule. */
    static Map<String, Object> instance(ScheduledInstance i, ActivitySchedule schedule) {
        Map<String, Object> wire = session(i);
        Map<String, Object> lite = new LinkedHashMap<>(schedule(schedule));
        lite.remove("instances");
        lite.remove("allocations");
        lite.remove("suspensions");
        wire.put("activitySchedule", lite);
        return wire;
    }

    /** {@code Activity}: its pay. */
    static Map<String, Object> activity(long activityId, List<ActivityPay> pay) {
        return Map.of("id", activityId, "pay", pay.stream().map(p -> {
            Map<String, Object> wire = new LinkedHashMap<>();
            wire.put("id", activityId * 100 + p.nomisPayBand());
            wire.put("incentiveNomisCode", p.incentiveNomisCode());
            wire.put("incentiveLevel", p.incentiveNomisCode());
            wire.put("prisonPayBand", Map.of("id", p.nomisPayBand(), "nomisPayBand", p.nomisPayBand(),
                    "alias", "Band " + p.nomisPayBand(), "description", "Band " + p.nomisPayBand(),
                    "displaySequence", p.nomisPayBand(), "prisonCode", "DEFAULT"));
            wire.put("rate", p.rate());
            wire.put("startDate", p.startDate());
            return wire;
        }).toList());
    }

    /** {@code Allocation}. */
    static Map<String, Object> allocation(Allocation a) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", a.id());
        wire.put("prisonerNumber", a.prisonerNumber());
        wire.put("bookingId", a.bookingId());
        wire.put("scheduleId", a.scheduleId());
        wire.put("status", a.status());
        if (a.nomisPayBand() != null) {
            wire.put("prisonPayBand", Map.of("id", a.nomisPayBand(), "nomisPayBand", a.nomisPayBand()));
        }
        wire.put("startDate", a.startDate());
        wire.put("endDate", a.endDate());
        if (a.deallocatedReason() != null) {
            wire.put("deallocatedReason", Map.of("code", "OTHER", "description", a.deallocatedReason()));
        }
        wire.put("suspendedReason", a.suspendedReason());
        wire.put("exclusions", a.exclusions().stream().map(ActivityWire::exclusion).toList());
        return wire;
    }

    private static Map<String, Object> exclusion(ExcludedSlot slot) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("weekNumber", slot.weekNumber());
        wire.put("timeSlot", slot.timeSlot());
        flags(wire, slot.days(), "");
        wire.put("daysOfWeek", slot.days().stream().map(DayOfWeek::name).sorted().toList());
        return wire;
    }

    /** {@code AttendanceSync}. */
    /** {@code AllAttendance}: one attendance in a prison's list of the day. */
    static Map<String, Object> dailyAttendance(AttendanceSync a, ActivitySchedule schedule) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("attendanceId", a.attendanceId());
        wire.put("prisonCode", schedule.prisonCode());
        wire.put("sessionDate", a.sessionDate());
        wire.put("timeSlot", "AM");
        wire.put("startTime", a.sessionStartTime());
        wire.put("endTime", a.sessionEndTime());
        wire.put("status", a.status());
        wire.put("attendanceReasonCode", a.attendanceReasonCode());
        wire.put("issuePayment", a.issuePayment());
        wire.put("prisonerNumber", a.prisonerNumber());
        wire.put("scheduledInstanceId", a.scheduledInstanceId());
        wire.put("activityId", schedule.activityId());
        wire.put("activitySummary", schedule.summary());
        wire.put("categoryName", schedule.categoryCode());
        wire.put("attendanceRequired", true);
        wire.put("outsideWork", schedule.outsideWork());
        wire.put("paid", org.prisonsync.core.activities.AttendanceOutcomes.paid(a));
        return wire;
    }

    static Map<String, Object> attendance(AttendanceSync a) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("attendanceId", a.attendanceId());
        wire.put("scheduledInstanceId", a.scheduledInstanceId());
        wire.put("activityScheduleId", a.activityScheduleId());
        wire.put("sessionDate", a.sessionDate());
        wire.put("sessionStartTime", a.sessionStartTime());
        wire.put("sessionEndTime", a.sessionEndTime());
        wire.put("prisonerNumber", a.prisonerNumber());
        wire.put("bookingId", a.bookingId());
        wire.put("attendanceReasonCode", a.attendanceReasonCode());
        wire.put("comment", a.comment());
        wire.put("status", a.status());
        wire.put("payAmount", a.payAmount());
        wire.put("bonusAmount", a.bonusAmount());
        wire.put("issuePayment", a.issuePayment());
        return wire;
    }
}
