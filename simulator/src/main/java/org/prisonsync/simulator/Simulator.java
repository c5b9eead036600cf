package org.prisonsync.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.prisonsync.core.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.core.inmemory.InMemoryPrisonMovements;
import org.prisonsync.core.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.queue.MessageQueue;

/**
 * NOMIS, the DPS visit scheduler and the DPS alerts API served over HTTP at their real paths from core's in-memory
 * implementations, publishing the events the real systems would, with injectable faults, a token endpoint and a control API. Lets
 * prison-sync run end to end on one machine and lets tests make upstream misbehave on purpose.
 */
public final class Simulator implements AutoCloseable {
    /** NOMIS runs on UK local time; its timestamps and offender events use it. */
    static final ZoneId NOMIS_ZONE = ZoneId.of("Europe/London");
    /** How many DPS references there are: eight letters ({@code ab-cd-ef-gh}). */
    static final long DPS_REFERENCES = 208_827_064_576L; // 26^8

    private final Javalin app;
    private final String baseUrl;
    private final InMemoryVisitsNomisApi nomis;
    private final InMemoryVisitsDpsApi dps;
    private final Faults faults;
    private final VisitTraffic traffic;
    private final EventLog events;
    private final VisitGenerator generator;
    private final InMemoryPrisonMovements prisonMovements;
    private final AlertSystems alerts;

    private Simulator(Javalin app, String baseUrl, InMemoryVisitsNomisApi nomis, InMemoryVisitsDpsApi dps,
                      Faults faults, VisitTraffic traffic, EventLog events, VisitGenerator generator,
                      InMemoryPrisonMovements prisonMovements, AlertSystems alerts) {
        this.app = app;
        this.baseUrl = baseUrl;
        this.nomis = nomis;
        this.dps = dps;
        this.faults = faults;
        this.traffic = traffic;
        this.events = events;
        this.generator = generator;
        this.prisonMovements = prisonMovements;
        this.alerts = alerts;
    }

    /** The alert twins the simulator serves, created together. */
    private record AlertSystems(InMemoryAlertsNomisApi nomis, InMemoryAlertsDpsApi dps,
                                InMemoryActivePrisoners active) {
    }

    /** Starts the simulator; events go to {@code publisher} on the queues named in the settings. */
    public static Simulator start(SimulatorSettings settings, MessageQueue publisher) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(publisher, "publisher");
        Clock clock = Clock.system(NOMIS_ZONE);
        ObjectMapper mapper = objectMapper();
        InMemoryVisitsNomisApi nomis = new InMemoryVisitsNomisApi(clock);
        InMemoryVisitsDpsApi dps = new InMemoryVisitsDpsApi();
        Faults faults = new Faults(settings.seed());
        EventLog events = new EventLog();
        EventPublisher eventPublisher = new EventPublisher(publisher, settings, faults, events, clock);
        nomis.onChange(eventPublisher::onNomisChange);
        dps.onChange(eventPublisher::onDpsChange);
        if (settings.idBase() > 0) {
            nomis.numberFrom(settings.idBase() + 1);
            dps.startMigrationReferencesAt(new SplittableRandom(settings.idBase()).nextLong(DPS_REFERENCES));
        }
        DpsVisitFactory factory = new DpsVisitFactory(settings, clock);
        VisitTraffic traffic = new VisitTraffic(dps, nomis, factory, settings.seed());

        // The token issuer names itself after the URL, known only once the server has its port.
        AtomicReference<String> base = new AtomicReference<>();
        TokenIssuer tokens = new TokenIssuer(() -> base.get() + "/auth/issuer", clock);
        if (settings.requireAuth()) {
            tokens.key(); // pay for the key now rather than on the first guarded call
        }
        VisitGenerator generator = new VisitGenerator(nomis, clock);
        SimulatorRoutes routes = new SimulatorRoutes(
                new NomisRoutes(nomis, mapper),
                new DpsRoutes(dps, mapper),
                new MigrationRoutes(nomis, dps, generator, mapper, settings.mockVisitsPrisonId()),
                new AuthRoutes(tokens),
                new Guard(faults, tokens, settings.requireAuth()),
                mapper);
        ControlRoutes control = new ControlRoutes(settings, nomis, dps, faults, traffic, events, factory, mapper,
                SimulatorRoutes.FAULTABLE);
        InMemoryPrisonMovements prisonMovements = new InMemoryPrisonMovements();
        AlertSystems alerts = new AlertSystems(new InMemoryAlertsNomisApi(clock), new InMemoryAlertsDpsApi(clock),
                new InMemoryActivePrisoners());
        AlertEventPublisher alertEvents = new AlertEventPublisher(eventPublisher, settings, clock);
        alerts.nomis().onChange(alertEvents::onNomisChange);
        alerts.dps().onChange(alertEvents::onDpsChange);
        if (settings.idBase() > 0) {
            alerts.nomis().numberBookingsFrom(settings.idBase() + 1);
        }
        if (settings.demoPrisoners()) {
            DemoPrisoners.seed(alerts.nomis(), alerts.dps(), alerts.active(), clock);
        }
        NomisAlertRoutes nomisAlerts = new NomisAlertRoutes(alerts.nomis(), mapper);
        AlertRoutes alertRoutes = new AlertRoutes(nomisAlerts, new DpsAlertRoutes(alerts.dps(), mapper),
                new ActivePrisonersRoutes(alerts.active(), alerts.nomis()),
                new AlertControlRoutes(alerts.nomis(), alerts.dps(), alerts.active(), alertEvents, mapper));
        Javalin app = routes.create(control, new PrisonApiRoutes(prisonMovements, mapper), alertRoutes)
                .start(settings.host(), settings.port());
        String host = "0.0.0.0".equals(settings.host()) ? "127.0.0.1" : settings.host();
        base.set("http://" + host + ":" + app.port());
        return new Simulator(app, base.get(), nomis, dps, faults, traffic, events, generator, prisonMovements,
                alerts);
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** {@code http://127.0.0.1:<port>}: the base URL of NOMIS, DPS, auth and the control API alike. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return app.port();
    }

    public InMemoryVisitsNomisApi nomisVisits() {
        return nomis;
    }

    public InMemoryVisitsDpsApi dpsVisits() {
        return dps;
    }

    public Faults faults() {
        return faults;
    }

    public VisitTraffic traffic() {
        return traffic;
    }

    /** The Prison API's movements per booking, served at {@code GET /api/movements/booking/{bookingId}}. */
    public InMemoryPrisonMovements prisonMovements() {
        return prisonMovements;
    }

    /**
     * NOMIS bookings and alerts, served at the NOMIS prisoner API's alert paths; its changes are published as
     * {@code ALERT-*} offender events to {@link SimulatorSettings#alertsFromNomisQueue()}.
     */
    public InMemoryAlertsNomisApi nomisAlerts() {
        return alerts.nomis();
    }

    /**
     * DPS alerts, served at the alerts API's paths; its changes are published as {@code person.alert.*} domain
     * events to {@link SimulatorSettings#alertsToNomisQueue()}.
     */
    public InMemoryAlertsDpsApi dpsAlerts() {
        return alerts.dps();
    }

    /** The active prisoners, served at {@code GET /prisoners/ids/active}. */
    public InMemoryActivePrisoners activePrisoners() {
        return alerts.active();
    }

    public EventLog events() {
        return events;
    }

    /**
     * Seeds {@code count} NOMIS visits for a migration run, deterministically from {@code seed} (see
     * {@link VisitGenerator}); also {@code POST /simulator/nomis/visits/generate}.
     */
    public VisitGenerator.Generated generateNomisVisits(int count, long seed, List<String> prisonIds) {
        return generator.generate(count, seed, prisonIds);
    }

    /** The client-credentials token endpoint, as HMPPS Auth's {@code /auth/oauth/token}. */
    public String tokenUrl() {
        return baseUrl + AuthRoutes.TOKEN;
    }

    @Override
    public void close() {
        traffic.stop();
        faults.releasePauses();
        app.stop();
    }
}
