package org.prisonsync.core.telemetry;

import java.util.List;
import java.util.Map;

/**
 * Where the steps of one sync go once its outcome is known: the event trail, and nothing else.
 *
 * <p>Why a port of its own rather than more {@link Telemetry} events: every telemetry event is also a log line, a
 * metrics counter and a candidate operator alert, and five more of them per message would multiply the logs and the
 * counters for nobody's benefit; the trail is the one reader that wants the steps, to answer "what happened to
 * A1234BC, step by step". The message processor is given this port, which only the trail implements, so the steps
 * stay out of the other sinks by construction rather than by each sink remembering to ignore them.
 *
 * <p>Contract: never throws and never blocks (it runs on the sync's thread). It is called with the outcome's event
 * name and properties just before the outcome itself is tracked, so a trail that keeps ties in append order reads
 * every step before the outcome it led to. An implementation that is also a telemetry sink may write the outcome
 * with the steps and leave alone the track of it that follows on the same thread (the event trail does, to keep a
 * sync's entries together: ADR 0013).
 */
@FunctionalInterface
public interface StepTrail {

    void steps(String outcome, Map<String, String> outcomeProperties, List<SyncStep> steps);

    /** Keeps no steps; the processor then does not even note them. */
    StepTrail NONE = (outcome, outcomeProperties, steps) -> { };
}
