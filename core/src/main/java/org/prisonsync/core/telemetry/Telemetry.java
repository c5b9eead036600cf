package org.prisonsync.core.telemetry;

import java.util.Map;

/**
 * Records a custom event. Names follow {@code <domain>-<action>-<outcome>} and are stable API.
 *
 * <p>Contract: never throws (telemetry must not fail a sync); null property values are dropped.
 */
@FunctionalInterface
public interface Telemetry {

    void track(String event, Map<String, String> properties);

    Telemetry NONE = (event, properties) -> { };
}
