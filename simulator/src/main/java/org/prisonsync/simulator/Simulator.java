package org.prisonsync.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.core.movements.inmemory.InMemoryPrisonMovements;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.simulator.alerts.AlertsSimulation;
import org.prisonsync.simulator.movements.MovementsSimulation;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;
import org.prisonsync.simulator.visits.VisitGenerator;
import org.prisonsync.simulator.visits.VisitTraffic;
import org.prisonsync.simulator.visits.VisitsSimulation;

/**
 * NOMIS and the DPS services of every {@link SimulatedDomains simulated domain} served over HTTP at their real paths
 * from in-memory state, publishing the events the real systems would, with injectable faults, a token endpoint and a
 * control API. Lets prison-sync run end to end on one machine and lets tests make upstream misbehave on purpose.
 * Reach a domain's state with {@link #domain}.
 */
public final class Simulator implements AutoCloseable {
    /** NOMIS runs on UK local time; its timestamps and offender events use it. */
    public static final ZoneId NOMIS_ZONE = ZoneId.of("Europe/London");

    private final Javalin app;
    private final String baseUrl;
    private final Faults faults;
    private final EventLog events;
    private final SimulationContext domains;
    private final CompletableFuture<Duration> signingKey;

    private Simulator(Javalin app, String baseUrl, Faults faults, EventLog events, SimulationContext domains,
                      CompletableFuture<Duration> signingKey) {
        this.app = app;
        this.baseUrl = baseUrl;
        this.faults = faults;
        this.events = events;
        this.domains = domains;
        this.signingKey = signingKey;
    }

    /** Starts the simulator; events go to {@code publisher} on the queues named in the settings. */
    public static Simulator start(SimulatorSettings settings, MessageQueue publisher) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(publisher, "publisher");
        Clock clock = Clock.system(NOMIS_ZONE);
        ObjectMapper mapper = objectMapper();
        Faults faults = new Faults(settings.seed());
        EventLog events = new EventLog();
        SimulationContext context = new SimulationContext(settings, clock, mapper,
                new EventPublisher(publisher, settings, faults, events));
        // The token issuer names itself after the URL, known only once the server has its port.
        AtomicReference<String> base = new AtomicReference<>();
        TokenIssuer tokens = new TokenIssuer(() -> base.get() + "/auth/issuer", clock, settings.signingKeyFile());
        // made now rather than on the first guarded call (which could then outlast a client's read timeout), and
        // beside the domains and the server rather than before them: it is the longest part of the start
        CompletableFuture<Duration> signingKey = settings.requireAuth() ? tokens.prepareKey()
                : CompletableFuture.completedFuture(Duration.ZERO);
        for (SimulatedDomain.Plugin plugin : SimulatedDomains.all()) {
            plugin.checkSettings(settings);
            context.add(plugin.type(), plugin.start(context));
        }
        List<SimulatedDomain> started = context.domains();
        Javalin app = new SimulatorRoutes(started, new AuthRoutes(tokens),
                new Guard(faults, tokens, settings.requireAuth()), new ControlRoutes(faults, events, started, mapper),
                mapper).create().start(settings.host(), settings.port());
        String host = "0.0.0.0".equals(settings.host()) ? "127.0.0.1" : settings.host();
        base.set("http://" + host + ":" + app.port());
        return new Simulator(app, base.get(), faults, events, context, signingKey);
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** A simulated domain's state, e.g. {@code simulator.domain(IncentivesSimulation.class).dps()}. */
    public <T extends SimulatedDomain> T domain(Class<T> type) {
        return domains.domain(type);
    }

    /**
     * Completes with how long the auth signing key took to make, once made (begun by {@link #start}, beside the
     * rest of it; zero when tokens are not required). Token requests wait for it by themselves: this is for a
     * caller that counts it as part of its own start.
     */
    public CompletableFuture<Duration> signingKey() {
        return signingKey;
    }

    /** {@code http://127.0.0.1:<port>}: the base URL of NOMIS, DPS, auth and the control API alike. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return app.port();
    }

    public Faults faults() {
        return faults;
    }

    public EventLog events() {
        return events;
    }

    /** Every logical route ({@code "METHOD /path/template"}) a fault rule may target, domain by domain. */
    public List<String> faultableRoutes() {
        return domains.domains().stream().flatMap(d -> d.faultableRoutes().stream()).toList();
    }

    /** The client-credentials token endpoint, as HMPPS Auth's {@code /auth/oauth/token}. */
    public String tokenUrl() {
        return baseUrl + AuthRoutes.TOKEN;
    }

    // Shortcuts to the first three domains' state, kept for the callers written before domain(Class) existed.

    public InMemoryVisitsNomisApi nomisVisits() {
        return domain(VisitsSimulation.class).nomis();
    }

    public InMemoryVisitsDpsApi dpsVisits() {
        return domain(VisitsSimulation.class).dps();
    }

    public VisitTraffic traffic() {
        return domain(VisitsSimulation.class).traffic();
    }

    /** Seeds NOMIS visits for a migration run: {@link VisitsSimulation#generate}. */
    public VisitGenerator.Generated generateNomisVisits(int count, long seed, List<String> prisonIds) {
        return domain(VisitsSimulation.class).generate(count, seed, prisonIds);
    }

    public InMemoryPrisonMovements prisonMovements() {
        return domain(MovementsSimulation.class).movements();
    }

    public InMemoryAlertsNomisApi nomisAlerts() {
        return domain(PrisonersSimulation.class).nomis();
    }

    public InMemoryAlertsDpsApi dpsAlerts() {
        return domain(AlertsSimulation.class).dps();
    }

    public InMemoryActivePrisoners activePrisoners() {
        return domain(PrisonersSimulation.class).active();
    }

    @Override
    public void close() {
        domains.domains().forEach(SimulatedDomain::close);
        faults.releasePauses();
        app.stop();
    }
}
