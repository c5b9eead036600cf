/**
 * The prison-sync simulator: NOMIS and the DPS services of each simulated domain (one package per domain, each a
 * {@link org.prisonsync.simulator.SimulatedDomain} listed in {@link org.prisonsync.simulator.SimulatedDomains}) served over HTTP (Javalin) at their real paths from in-memory state, publishing the offender and domain
 * events the real systems would. It also stands in for HMPPS Auth (client-credentials tokens, JWKS), injects faults per route (latency,
 * errors, a timeout after a write succeeded, duplicate publishes), drives a demo stream of visit traffic, can start
 * with demo prisoners and their alerts, and exposes a control API under {@code /simulator}. Start it with {@link org.prisonsync.simulator.Simulator#start}.
 */
package org.prisonsync.simulator;
