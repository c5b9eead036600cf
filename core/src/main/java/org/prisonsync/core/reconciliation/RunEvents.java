package org.prisonsync.core.reconciliation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.prisonsync.core.telemetry.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The telemetry and log lines of one reconciliation's runs, under its prefix: upstream's event names, so the alerts
 * raised on them keep working. Log messages carry the key (a prisoner number, a booking id) so logs are searchable.
 */
final class RunEvents {
    private static final Logger log = LoggerFactory.getLogger(ReconciliationEngine.class);

    private final String prefix;
    private final String name;
    private final String runId;
    private final Telemetry telemetry;
    private final boolean itemsArePrisoners;
    private final Reconciliation<?> reconciliation;

    RunEvents(Reconciliation<?> reconciliation, String runId, Telemetry telemetry) {
        this.prefix = reconciliation.telemetryPrefix();
        this.name = reconciliation.name();
        this.runId = runId;
        this.telemetry = telemetry;
        this.itemsArePrisoners = reconciliation.itemsArePrisoners();
        this.reconciliation = reconciliation;
    }

    void requested(ReconciliationParameters parameters, OptionalLong total) {
        Map<String, String> props = props();
        props.putAll(parameters.values());
        total.ifPresent(t -> props.put("total", Long.toString(t)));
        total.ifPresent(t -> prisoners(props, "active-prisoners", Long.toString(t)));
        log.info("{} reconciliation run {} started with {}{}", name, runId, parameters.values(),
                total.isPresent() ? ", " + total.getAsLong() + " to check" : "");
        telemetry.track(prefix + "-requested", props);
    }

    void pageError(String position, Throwable failure) {
        log.warn("{} reconciliation run {}: {} could not be read: {}", name, runId, position, reason(failure));
        Map<String, String> props = props();
        props.put("page", position);
        props.put("reason", reason(failure));
        telemetry.track(prefix + "-mismatch-page-error", props);
    }

    void mismatch(Mismatch mismatch) {
        log.info("{} reconciliation run {}: mismatch for {}: NOMIS {}, DPS {}; likely {}: {}", name, runId,
                mismatch.key(), mismatch.nomisValue(), mismatch.dpsValue(), mismatch.likelySide(), mismatch.note());
        telemetry.track(prefix + "-mismatch", mismatchProps(mismatch));
    }

    /** A difference kept in the run, labelled, but not raised: no {@code -mismatch} event for alerts to fire on. */
    void explained(Mismatch mismatch) {
        log.info("{} reconciliation run {}: difference for {} explained ({}), not raised: {}", name, runId,
                mismatch.key(), mismatch.explanation().orElseThrow(), mismatch.note());
        telemetry.track(prefix + "-" + reconciliation.explainedEvent(mismatch.explanation().orElseThrow()),
                mismatchProps(mismatch));
    }

    void excluded(Mismatch mismatch, Exclusion exclusion) {
        log.info("{} reconciliation run {}: mismatch for {} not reported, the key is excluded ({})", name, runId,
                mismatch.key(), exclusion.reason());
        Map<String, String> props = mismatchProps(mismatch);
        props.put("reason", exclusion.reason());
        telemetry.track(prefix + "-excluded", props);
    }

    void excludedResolved(String key, Exclusion exclusion) {
        log.info("{} reconciliation run {}: excluded {} is consistent now; remove it from the exclusions", name,
                runId, key);
        Map<String, String> props = props();
        props.put("key", key);
        props.put("reason", exclusion.reason());
        props.put("excludedAt", exclusion.addedAt().toString());
        telemetry.track(prefix + "-mismatch-excluded-resolved", props);
    }

    void itemError(String key, Throwable failure) {
        log.warn("{} reconciliation run {}: {} could not be checked: {}", name, runId, key, reason(failure));
        Map<String, String> props = props();
        props.put("key", key);
        prisoners(props, "offenderNo", key);
        props.put("reason", reason(failure));
        telemetry.track(prefix + "-mismatch-error", props);
    }

    void report(ReconciliationRun run, boolean success) {
        log.info("{} reconciliation run {} {}: {} checked, {} mismatches, {} item errors, {} page errors", name,
                runId, run.status(), run.checked(), run.mismatchCount(), run.itemErrors(), run.pageErrors());
        Map<String, String> props = props();
        props.put("mismatch-count", Long.toString(run.mismatchCount()));
        props.put("checked", Long.toString(run.checked()));
        prisoners(props, "prisoners-count", Long.toString(run.checked()));
        props.put("pages-count", Long.toString(run.pagesRead()));
        props.put("item-errors", Long.toString(run.itemErrors()));
        props.put("page-errors", Long.toString(run.pageErrors()));
        props.put("status", run.status().name());
        props.put("success", Boolean.toString(success));
        telemetry.track(prefix + "-report", props);
    }

    void repaired(RepairResult result) {
        log.info("{} reconciliation run {}: repair of {} {}: {}", name, runId, result.key(), result.outcome(),
                result.description());
        Map<String, String> props = props();
        props.put("key", result.key());
        props.put("outcome", result.outcome().name());
        props.put("description", result.description());
        telemetry.track(prefix + "-repair", props);
    }

    /** Upstream's name for a count or key of prisoners, where the items are prisoners. */
    private void prisoners(Map<String, String> props, String name, String value) {
        if (itemsArePrisoners) {
            props.put(name, value);
        }
    }

    private Map<String, String> mismatchProps(Mismatch mismatch) {
        Map<String, String> props = new LinkedHashMap<>(mismatch.fields());
        props.put("nomisValue", mismatch.nomisValue());
        props.put("dpsValue", mismatch.dpsValue());
        props.put("likelySide", mismatch.likelySide().name());
        props.put("run-id", runId);
        return props;
    }

    private Map<String, String> props() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("run-id", runId);
        return props;
    }

    private static String reason(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
