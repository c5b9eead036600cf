package org.prisonsync.core.casenotes;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * Upstream's case notes reconciliation, in its two schedules: {@value #ACTIVE} over the active prisoners (offset pages
 * of {@code GET /prisoners/ids/active}, 30 a page, Sunday to Thursday 19:30: upstream's {@code SUN-THU}) and {@value #ALL} over every prisoner
 * (keyset pages of {@code GET /prisoners/ids/all-from-id}, abandoned after 100 failed pages, Fridays 19:30). Both
 * report under {@code casenotes-reports-reconciliation}, the request saying which ({@code activeOnly}).
 *
 * <p>Per prisoner, {@link CaseNotesComparison} reports every difference as one field of the prisoner's mismatch.
 * A provable duplicate is deleted during the run ({@code …-deleted}, one per note) unless the run's {@code dryRun}
 * is {@code true}; a duplicate that is not provable is reported only. A count difference also raises
 * {@code …-mismatch-size-nomis} (NOMIS holds more distinct notes than DPS) or {@code …-mismatch-size-dps} (DPS holds
 * more). A mismatch's repair removes what is provably duplicated; the rest needs a resynchronise, whose direction a
 * person chooses ({@code casenotes resync-prisoner}).
 */
public final class CaseNotesReconciliation implements Reconciliation<CaseNotePrisoner> {
    public static final String ACTIVE = "casenotes-active";
    public static final String ALL = "casenotes-all";
    public static final String PREFIX = "casenotes-reports-reconciliation";
    public static final String DRY_RUN = ReconciliationParameters.DRY_RUN;
    public static final String ACTIVE_ONLY = "activeOnly";
    static final int PAGE_SIZE = 30;
    static final int ALL_MAX_PAGE_ERRORS = 100;
    /** Differences listed as fields of one mismatch; the rest are counted in {@code more}. */
    static final int MOST_LISTED = 24;

    private final boolean activeOnly;
    private final ActivePrisoners active;
    private final CaseNotesNomisApi nomis;
    private final PrisonerCaseNotes notes;
    private final Telemetry telemetry;

    CaseNotesReconciliation(boolean activeOnly, ActivePrisoners active, CaseNotesNomisApi nomis,
                            PrisonerCaseNotes notes, Telemetry telemetry) {
        this.activeOnly = activeOnly;
        this.active = active;
        this.nomis = nomis;
        this.notes = notes;
        this.telemetry = telemetry;
    }

    @Override
    public String name() {
        return activeOnly ? ACTIVE : ALL;
    }

    @Override
    public String telemetryPrefix() {
        return PREFIX;
    }

    @Override
    public Population<CaseNotePrisoner> population(ReconciliationParameters parameters) {
        if (activeOnly) {
            return active.population().map(p -> new CaseNotePrisoner(p.offenderNo(), 0));
        }
        return Population.keysetPages(0, (after, size) -> {
            AllPrisonersPage page = nomis.allPrisonersFrom(after, size);
            return page.prisonerIds().stream().map(p -> new CaseNotePrisoner(p, page.lastOffenderId())).toList();
        }, CaseNotePrisoner::position);
    }

    @Override
    public Set<String> parameterNames() {
        return Set.of(DRY_RUN);
    }

    /** Says in the run (and its {@code -requested} event) which population it read, as upstream's {@code activeOnly}. */
    @Override
    public ReconciliationParameters withDefaults(ReconciliationParameters given, Clock clock) {
        return given.withDryRunDefault().with(ACTIVE_ONLY, Boolean.toString(activeOnly));
    }

    @Override
    public Optional<Mismatch> check(CaseNotePrisoner prisoner, ReconciliationParameters parameters) {
        boolean dryRun = parameters.dryRun();
        String offenderNo = prisoner.offenderNo();
        CaseNotesComparison.Result result = notes.compare(offenderNo);
        if (result.clean()) {
            return Optional.empty();
        }
        List<CaseNoteDifference> differences = result.differences().stream()
                .map(d -> d.provable() ? removed(offenderNo, d, dryRun) : d).toList();
        if (result.sizesDiffer()) {
            Map<String, String> props = new LinkedHashMap<>();
            props.put("offenderNo", offenderNo);
            props.put("nomisCount", Integer.toString(result.nomisDistinct()));
            props.put("dpsCount", Integer.toString(result.dpsCount()));
            telemetry.track(PREFIX + (result.nomisDistinct() > result.dpsCount() ? "-mismatch-size-nomis"
                    : "-mismatch-size-dps"), props);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offenderNo", offenderNo);
        fields.put("nomisCount", Integer.toString(result.nomisCount()));
        fields.put("dpsCount", Integer.toString(result.dpsCount()));
        fields.put("differences", Integer.toString(differences.size()));
        differences.stream().limit(MOST_LISTED).forEach(d -> fields.put(d.subject(), d.kind() + ": " + d.detail()));
        if (differences.size() > MOST_LISTED) {
            fields.put("more", Integer.toString(differences.size() - MOST_LISTED));
        }
        return Optional.of(new Mismatch(offenderNo, fields, result.nomisDistinct() + " notes",
                result.dpsCount() + " notes", LikelySide.UNKNOWN, summary(differences)));
    }

    private CaseNoteDifference removed(String offenderNo, CaseNoteDifference duplicate, boolean dryRun) {
        boolean gone = notes.removeDuplicate(offenderNo, duplicate, dryRun);
        if (!gone) {
            return duplicate.withDetail(": no longer a duplicate when read again, left");
        }
        if (dryRun) {
            return duplicate.withDetail(": would be deleted (dry run)");
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offenderNo", offenderNo);
        props.put(duplicate.kind() == CaseNoteDifference.Kind.NOMIS_DUPLICATE ? "nomisId" : "dpsId",
                duplicate.kind() == CaseNoteDifference.Kind.NOMIS_DUPLICATE ? duplicate.nomisId() : duplicate.dpsId());
        props.put("duplicateOf", duplicate.twin());
        telemetry.track(PREFIX + "-deleted", props);
        return duplicate.withDetail(": deleted");
    }

    static String summary(List<CaseNoteDifference> differences) {
        Map<CaseNoteDifference.Kind, Long> byKind = differences.stream().collect(Collectors.groupingBy(
                CaseNoteDifference::kind, () -> new EnumMap<>(CaseNoteDifference.Kind.class), Collectors.counting()));
        return "case notes differ: " + byKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    /** Removes what is provably duplicated now; anything else needs a resynchronise in a direction a person picks. */
    @Override
    public RepairResult repair(Mismatch mismatch, boolean dryRun) {
        String offenderNo = mismatch.key();
        CaseNotesComparison.Result result = notes.compare(offenderNo);
        if (result.clean()) {
            return new RepairResult(offenderNo, dryRun, RepairResult.Outcome.NOTHING_TO_DO, "case notes agree now");
        }
        List<CaseNoteDifference> provable = result.differences().stream().filter(CaseNoteDifference::provable)
                .filter(d -> notes.removeDuplicate(offenderNo, d, dryRun)).toList();
        long rest = result.differences().size() - provable.size();
        String resync = rest == 0 ? "" : "; " + rest + " other difference(s) need `casenotes resync-prisoner "
                + offenderNo + "` (to NOMIS) or with --from-nomis";
        if (provable.isEmpty()) {
            return RepairResult.notRepairable(offenderNo, dryRun, "no provable duplicate" + resync);
        }
        return RepairResult.changed(offenderNo, dryRun, (dryRun ? "would delete " : "deleted ")
                + provable.stream().map(CaseNoteDifference::subject).collect(Collectors.joining(", ")) + resync);
    }

    @Override
    public String key(CaseNotePrisoner prisoner) {
        return prisoner.offenderNo();
    }

    @Override
    public boolean itemsArePrisoners() {
        return true;
    }

    @Override
    public Optional<String> defaultSchedule() {
        return Optional.of(activeOnly ? "30 19 * * 0-4" : "30 19 * * 5");
    }

    @Override
    public int pageSize() {
        return PAGE_SIZE;
    }

    @Override
    public int maxPageErrors() {
        return activeOnly ? DEFAULT_MAX_PAGE_ERRORS : ALL_MAX_PAGE_ERRORS;
    }
}
