/**
 * The prison-sync simulator: NOMIS's visit and alert endpoints, the DPS visit scheduler and the DPS alerts API served
 * over HTTP (Javalin) at their real paths from core's in-memory implementations, publishing the offender and domain
 * events the real systems would. It also stands in for HMPPS Auth (client-credentials tokens, JWKS), injects faults per route (latency,
 * errors, a timeout after a write succeeded, duplicate publishes), drives a demo stream of visit traffic, can start
 * with demo prisoners and their alerts, and exposes a control API under {@code /simulator}. Start it with {@link org.prisonsync.simulator.Simulator#start}.
 */
package org.prisonsync.simulator;
