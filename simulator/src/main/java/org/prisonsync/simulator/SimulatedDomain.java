package org.prisonsync.simulator;

import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One upstream domain the simulator serves (visits, alerts, ...): its state, the real systems' routes over it, the
 * events those systems publish when it changes, and its part of the control API. {@link Simulator} knows domains
 * only through this interface and {@link SimulatedDomains#all()}, so adding one touches no shared file but that list.
 */
public interface SimulatedDomain {

    /** How a domain is started: one per domain, listed in {@link SimulatedDomains#all()}. */
    interface Plugin {
        /** The domain's class, by which {@link Simulator#domain} finds it. */
        Class<? extends SimulatedDomain> type();

        /** The settings the domain reads ({@link SimulatorSettings#setting}), copied by {@code fromEnv}. */
        default List<String> settingNames() {
            return List.of();
        }

        /** Refuses settings the domain cannot run with, naming the setting; run by {@code fromEnv} and at start. */
        default void checkSettings(SimulatorSettings settings) {
        }

        /** Creates the domain's state; domains listed before it are already reachable through the context. */
        SimulatedDomain start(SimulationContext context);

        /** The plug-in of a domain that reads no settings: its class and how it starts. */
        static <T extends SimulatedDomain> Plugin of(Class<T> type, Function<SimulationContext, T> start) {
            return new Plugin() {
                @Override
                public Class<T> type() {
                    return type;
                }

                @Override
                public SimulatedDomain start(SimulationContext context) {
                    return start.apply(context);
                }
            };
        }
    }

    String name();

    /** The logical routes ({@code "METHOD /path/template"}) a fault rule may target. */
    List<String> faultableRoutes();

    /**
     * Declares the domain's routes: the real systems' ones wrapped in {@code guard} (auth and faults, keyed by the
     * logical route), its control routes under {@code /simulator} unguarded.
     */
    void register(RoutesConfig routes, Guard guard);

    /** The domain's figures for {@code GET /simulator/stats}. */
    default Map<String, Object> stats() {
        return Map.of();
    }

    /** Stops whatever the domain runs in the background (demo traffic); the server is stopped after. */
    default void close() {
    }
}
