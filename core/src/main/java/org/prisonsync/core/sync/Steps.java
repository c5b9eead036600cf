package org.prisonsync.core.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.telemetry.SyncStep;

/**
 * The steps one delivery has taken so far, noted as they happen and handed to telemetry with the outcome
 * ({@link org.prisonsync.core.telemetry.Telemetry#outcome}) by the {@link MessageProcessor}. Noting a step costs a clock reading and a small object; the ids the trail is
 * searched by are not known yet (a create learns its NOMIS id only when NOMIS answers), so each step takes them from
 * the outcome at the end. A delivery is handled on one thread, so this is not synchronised.
 *
 * <p>The names are stable (operators search the trail by them) and shared by every domain; a domain may add its own
 * where the shared flows do not reach (movements: {@code pair-written}).
 */
public final class Steps {
    /** The processor took the delivery: its event type, message id and receive count. */
    public static final String RECEIVED = "received";
    /** The write claim on the entity (or natural key) was taken; {@code resumed=true} when an earlier try left it. */
    public static final String CLAIMED = "claimed";
    /** The record was read from DPS ({@code found=false} when DPS does not have it). */
    public static final String DPS_READ = "dps-read";
    /** The record was read from NOMIS ({@code found=false} when NOMIS does not have it). */
    public static final String NOMIS_READ = "nomis-read";
    /** DPS was written ({@code foundExisting=true} when DPS already held the record). */
    public static final String DPS_WRITTEN = "dps-written";
    /** NOMIS was written ({@code foundExisting=true} when NOMIS already held the record). */
    public static final String NOMIS_WRITTEN = "nomis-written";
    /** The NOMIS ⇄ DPS id mapping was saved ({@code alreadySaved=true} when the identical pair was there). */
    public static final String MAPPING_WRITTEN = "mapping-written";

    private static final Steps DISCARDING = new Steps(null);

    private final Clock clock;
    private final List<SyncStep> taken;
    private boolean on;

    private Steps(Clock clock) {
        this.clock = clock;
        this.taken = clock == null ? Collections.emptyList() : new ArrayList<>(8);
        this.on = clock != null;
    }

    /** Steps noted at {@code clock}'s time, in the order they are taken. */
    public static Steps recording(Clock clock) {
        return new Steps(java.util.Objects.requireNonNull(clock, "clock"));
    }

    /** Notes nothing: a delivery whose steps nobody keeps, or a handler called outside the processor. */
    public static Steps discarding() {
        return DISCARDING;
    }

    public boolean recording() {
        return on;
    }

    /**
     * Drops the steps noted so far and notes no more: for a delivery that is not one sync but bulk work (a migration
     * message of many entities), whose steps nobody would look for and every entity would pay for.
     */
    public void discard() {
        if (on) {
            on = false;
            taken.clear();
        }
    }

    public void add(String name) {
        if (on) {
            taken.add(new SyncStep(name, clock.instant(), Map.of()));
        }
    }

    /** Notes {@code name} with one fact of its own; a null value is left out. */
    public void add(String name, String key, String value) {
        if (on) {
            taken.add(new SyncStep(name, clock.instant(), value == null ? Map.of() : Map.of(key, value)));
        }
    }

    public void add(String name, Map<String, String> detail) {
        if (on) {
            taken.add(new SyncStep(name, clock.instant(), detail));
        }
    }

    /** The steps so far, oldest first. */
    public List<SyncStep> taken() {
        return List.copyOf(taken);
    }

    /** The read or write step of a system, as a flow names it by direction. */
    static String read(CreateDirection direction) {
        return direction == CreateDirection.TO_NOMIS ? DPS_READ : NOMIS_READ;
    }

    static String written(CreateDirection direction) {
        return direction == CreateDirection.TO_NOMIS ? NOMIS_WRITTEN : DPS_WRITTEN;
    }
}
