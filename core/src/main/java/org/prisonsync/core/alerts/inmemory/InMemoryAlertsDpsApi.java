package org.prisonsync.core.alerts.inmemory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.DpsAlertRequest;
import org.prisonsync.core.alerts.DpsResyncAlert;
import org.prisonsync.core.alerts.ResyncedAlert;

/**
 * The DPS alerts API in memory. The port's writes are made with {@code Source: NOMIS}; the {@code …ByDpsUser} methods
 * are a DPS user (source {@code DPS}), and {@link #createByDpsUser} has no duplicate check, since a double submit
 * races past the real one (seed 000). Every change is reported to the listeners with its source, which is how tests
 * and the simulator publish {@code person.alert.*} events. An alert is active from {@code activeFrom} (inclusive) to
 * {@code activeTo} (exclusive), judged by the clock when read.
 */
public final class InMemoryAlertsDpsApi implements AlertsDpsApi {
    public static final String NOMIS = "NOMIS";
    public static final String DPS = "DPS";

    /** A change to a DPS alert: {@code kind} is the event suffix (created, updated, deleted). */
    public record Change(String kind, DpsAlert alert, String source) {
    }

    private final Map<String, DpsAlert> alerts = new LinkedHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;

    public InMemoryAlertsDpsApi(Clock clock) {
        this.clock = clock;
    }

    public InMemoryAlertsDpsApi() {
        this(Clock.systemUTC());
    }

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    // ---- the port ----

    @Override
    public synchronized Optional<DpsAlert> findAlert(String alertUuid) {
        return Optional.ofNullable(alerts.get(alertUuid)).map(this::view);
    }

    @Override
    public DpsAlert createAlert(String prisonNumber, DpsAlertRequest request, String username) {
        DpsAlert created;
        synchronized (this) {
            if (activeOn(request.activeFrom(), request.activeTo()) && alerts.values().stream().map(this::view)
                    .anyMatch(a -> a.prisonNumber().equals(prisonNumber) && a.active()
                            && a.alertCode().equals(request.alertCode()))) {
                throw new UpstreamRejected(409, "Active alert with code '" + request.alertCode()
                        + "' already exists for prison number '" + prisonNumber + "'");
            }
            created = insert(prisonNumber, request, userOr(username), LocalDateTime.now(clock));
        }
        publish("created", created, NOMIS);
        return view(created);
    }

    @Override
    public boolean updateAlert(String alertUuid, DpsAlertRequest request, String username) {
        return update(alertUuid, request, userOr(username), NOMIS);
    }

    @Override
    public boolean deleteAlert(String alertUuid, String username) {
        return delete(alertUuid, NOMIS);
    }

    @Override
    public synchronized List<DpsAlert> alertsOf(String prisonNumber) {
        return alerts.values().stream().filter(a -> a.prisonNumber().equals(prisonNumber)).map(this::view).toList();
    }

    @Override
    public List<ResyncedAlert> resynchronise(String prisonNumber, List<DpsResyncAlert> resync) {
        List<DpsAlert> removed = new ArrayList<>();
        List<DpsAlert> created = new ArrayList<>();
        List<ResyncedAlert> result = new ArrayList<>();
        synchronized (this) {
            alerts.values().removeIf(a -> {
                if (a.prisonNumber().equals(prisonNumber)) {
                    removed.add(a);
                    return true;
                }
                return false;
            });
            for (DpsResyncAlert r : resync) {
                DpsAlert alert = insert(prisonNumber, new DpsAlertRequest(r.alertCode(), r.description(),
                                r.authorisedBy(), r.activeFrom(), r.activeTo()), r.createdBy(),
                        r.createdAt() != null ? r.createdAt() : LocalDateTime.now(clock));
                if (r.lastModifiedBy() != null) {
                    // the resync carries NOMIS's audit: who last changed the alert stays who changed it
                    alert = new DpsAlert(alert.alertUuid(), prisonNumber, alert.alertCode(), alert.description(),
                            alert.authorisedBy(), alert.activeFrom(), alert.activeTo(), false, alert.createdAt(),
                            alert.createdBy(), r.lastModifiedBy());
                    alerts.put(alert.alertUuid(), alert);
                }
                created.add(alert);
                result.add(new ResyncedAlert(r.nomisId(), alert.alertUuid()));
            }
        }
        removed.forEach(a -> publish("deleted", a, NOMIS));
        created.forEach(a -> publish("created", a, NOMIS));
        return result;
    }

    // ---- what DPS users do ----

    public DpsAlert createByDpsUser(String prisonNumber, DpsAlertRequest request, String username) {
        DpsAlert created;
        synchronized (this) {
            created = insert(prisonNumber, request, username, LocalDateTime.now(clock));
        }
        publish("created", created, DPS);
        return view(created);
    }

    public boolean updateByDpsUser(String alertUuid, DpsAlertRequest request, String username) {
        return update(alertUuid, request, username, DPS);
    }

    public boolean deleteByDpsUser(String alertUuid) {
        return delete(alertUuid, DPS);
    }

    /** Adds an alert as it already stands (reconciliation data); publishes nothing. */
    public synchronized DpsAlert seed(String prisonNumber, DpsAlertRequest request) {
        return view(insert(prisonNumber, request, "SEED", LocalDateTime.now(clock)));
    }

    public synchronized List<DpsAlert> all() {
        return alerts.values().stream().map(this::view).toList();
    }

    // ---- internals ----

    private boolean update(String alertUuid, DpsAlertRequest request, String username, String source) {
        DpsAlert updated;
        synchronized (this) {
            DpsAlert old = alerts.get(alertUuid);
            if (old == null) {
                return false;
            }
            updated = new DpsAlert(alertUuid, old.prisonNumber(), old.alertCode(), request.description(),
                    request.authorisedBy(), request.activeFrom(), request.activeTo(), false, old.createdAt(),
                    old.createdBy(), username);
            alerts.put(alertUuid, updated);
        }
        publish("updated", updated, source);
        return true;
    }

    private boolean delete(String alertUuid, String source) {
        DpsAlert removed;
        synchronized (this) {
            removed = alerts.remove(alertUuid);
        }
        if (removed != null) {
            publish("deleted", removed, source);
        }
        return removed != null;
    }

    private DpsAlert insert(String prisonNumber, DpsAlertRequest request, String username, LocalDateTime at) {
        DpsAlert alert = new DpsAlert(UUID.randomUUID().toString(), prisonNumber, request.alertCode(),
                request.description(), request.authorisedBy(), request.activeFrom(), request.activeTo(), false, at,
                username, null);
        alerts.put(alert.alertUuid(), alert);
        return alert;
    }

    private DpsAlert view(DpsAlert a) {
        return new DpsAlert(a.alertUuid(), a.prisonNumber(), a.alertCode(), a.description(), a.authorisedBy(),
                a.activeFrom(), a.activeTo(), activeOn(a.activeFrom(), a.activeTo()), a.createdAt(), a.createdBy(),
                a.lastModifiedBy());
    }

    private boolean activeOn(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return !from.isAfter(today) && (to == null || to.isAfter(today));
    }

    private static String userOr(String username) {
        return username == null || username.isBlank() ? NOMIS : username;
    }

    private void publish(String kind, DpsAlert alert, String source) {
        Change change = new Change(kind, view(alert), source);
        listeners.forEach(l -> l.accept(change));
    }
}
