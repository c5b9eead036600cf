package org.prisonsync.core.sync;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.PrisonSyncException;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.InboundMessage;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.Malformed;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.MessageHandler;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.telemetry.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's entry point for every delivery: decode result → route (feature switch, unknown types) → handler →
 * outcome → telemetry → disposition. It never throws: a bug in a handler is retried like an outage, so nothing is
 * lost, and ends on the DLQ with its reason if it persists.
 *
 * <p>Each delivery's {@link MessageContext} notes the steps its handling takes ({@link Steps}: {@code received}
 * here, the reads, claim, writes and mapping in the flows) when a telemetry sink {@link Telemetry#keepsSteps keeps
 * them}; once the outcome is known they go with it ({@link Telemetry#outcome}), each to carry its prisoner and ids.
 */
public final class MessageProcessor implements MessageHandler {
    private static final Logger log = LoggerFactory.getLogger(MessageProcessor.class);

    private final EventRoutes routes;
    private final FeatureSwitches switches;
    private final QueueDirectory queues;
    private final Telemetry telemetry;
    private final Clock clock;
    private final DispositionPolicy policy = new DispositionPolicy();

    public MessageProcessor(EventRoutes routes, FeatureSwitches switches, QueueDirectory queues, Telemetry telemetry) {
        this(routes, switches, queues, telemetry, Clock.systemUTC());
    }

    /** A processor whose steps, when {@code telemetry} keeps them, are timed by {@code clock}. */
    public MessageProcessor(EventRoutes routes, FeatureSwitches switches, QueueDirectory queues, Telemetry telemetry,
                            Clock clock) {
        this.routes = routes;
        this.switches = switches;
        this.queues = queues;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    @Override
    public Disposition handle(InboundMessage message) {
        Steps steps = telemetry.keepsSteps() ? Steps.recording(clock) : Steps.discarding();
        if (steps.recording()) {
            steps.add(Steps.RECEIVED, props("eventType", message.envelope().type(), "messageId", message.messageId(),
                    "receiveCount", Integer.toString(message.receiveCount())));
        }
        MessageContext context = new MessageContext(message.queueName(), message.messageId(), message.receiveCount(),
                steps);
        SyncOutcome outcome = outcomeOf(message, context);
        telemetry.outcome(outcome.event(), outcome.properties(), steps.taken());
        QueueDefinition queue = queues.byName(message.queueName());
        Disposition disposition = policy.decide(outcome, message, queue);
        if (disposition instanceof Disposition.DeadLetter dead) {
            Map<String, String> props = new LinkedHashMap<>(outcome.properties());
            props.put("queueName", queue.queueName());
            props.put("dlqName", queue.dlqName());
            props.put("messageId", message.messageId());
            props.put("receiveCount", Integer.toString(message.receiveCount()));
            props.put("maxReceiveCount", Integer.toString(queue.maxReceiveCount()));
            props.put("timeouts", queue.ladderFor(message.envelope().type()).toString());
            props.put("reason", dead.reason());
            telemetry.track(message.envelope().type() + "-sent-to-dlq", props);
            log.warn("dead-lettering {} from {}: {}", message.messageId(), queue.queueName(), dead.reason());
        }
        return disposition;
    }

    private SyncOutcome outcomeOf(InboundMessage message, MessageContext context) {
        try {
            if (message.envelope() instanceof Malformed malformed) {
                return new SyncOutcome.Rejected("message-malformed",
                        props("messageId", message.messageId(), "reason", malformed.reason()),
                        "malformed message: " + malformed.reason());
            }
            if (message.envelope() instanceof InternalMessage internal) {
                return internal(internal, context);
            }
            return notification((Notification) message.envelope(), context);
        } catch (InvalidMessageException e) {
            return new SyncOutcome.Rejected(message.envelope().type() + "-invalid",
                    props("messageId", message.messageId(), "reason", e.getMessage()),
                    "invalid " + message.envelope().type() + ": " + e.getMessage());
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return retry(message, e.getMessage());
        } catch (PrisonSyncException e) {
            return retry(message, e.getMessage());
        } catch (RuntimeException e) {
            log.error("unexpected failure handling {}", message.messageId(), e);
            return retry(message, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private SyncOutcome notification(Notification notification, MessageContext context) {
        Optional<EventRoutes.Route> route = routes.route(context.queueName(), notification.eventType());
        if (route.isEmpty()) {
            return new SyncOutcome.Ignored("unknown-event-ignored",
                    props("eventType", notification.eventType(), "messageId", context.messageId()),
                    "no handler for event type " + notification.eventType());
        }
        if (!switches.isEnabled(route.get().domain(), notification.eventType())) {
            return new SyncOutcome.Ignored("feature-switch-disabled",
                    props("eventType", notification.eventType(), "domain", route.get().domain()),
                    "feature switch is disabled for " + notification.eventType());
        }
        return route.get().handler().handle(notification, context);
    }

    private SyncOutcome internal(InternalMessage internal, MessageContext context) {
        return routes.internal(context.queueName(), internal.type())
                .map(handler -> handler.handle(internal, context))
                .orElseGet(() -> new SyncOutcome.Rejected("unknown-internal-message",
                        props("type", internal.type(), "messageId", context.messageId()),
                        "no handler for internal message type " + internal.type()));
    }

    /**
     * Telemetry properties from key/value pairs, tolerating null values (a delivery without a message id, an
     * exception without a message): {@code Map.of} would throw and break the never-throw promise.
     */
    private static Map<String, String> props(String... keysAndValues) {
        Map<String, String> props = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            props.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return props;
    }

    private static SyncOutcome retry(InboundMessage message, String reason) {
        return new SyncOutcome.RetryLater(message.envelope().type() + "-failed",
                props("messageId", message.messageId(), "reason", String.valueOf(reason)), String.valueOf(reason));
    }
}
