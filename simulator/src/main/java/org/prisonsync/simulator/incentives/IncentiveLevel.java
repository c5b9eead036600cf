package org.prisonsync.simulator.incentives;

/** A global incentive level in DPS ({@code IncentiveLevel}): code, name, whether active and whether required. */
public record IncentiveLevel(String code, String name, boolean active, boolean required) {
}
