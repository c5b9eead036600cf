package org.prisonsync.core.notify;

/** A chat channel's incoming webhook (Slack-compatible: a JSON body with {@code text}). */
@FunctionalInterface
public interface ChatWebhook {

    /** Posts one message; throws when the webhook refused it or could not be reached. */
    void post(String text);
}
