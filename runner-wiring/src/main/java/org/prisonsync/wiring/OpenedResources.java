package org.prisonsync.wiring;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the graph opened and its holder must close before the process ends (the database, the trail's writer, the
 * notifier's poster), recorded as each is provided. A short-lived holder — one CLI command — cannot know which of
 * them its command happened to open (an operation reaches the core lazily, not through the CLI's own access), so it
 * closes whatever this lists, the last opened first; one that was never opened is not built just to be closed.
 */
@Singleton
public final class OpenedResources {
    private static final Logger log = LoggerFactory.getLogger(OpenedResources.class);
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    @Inject
    public OpenedResources() {
    }

    /** Records {@code resource} as opened, and returns it. */
    public synchronized <T extends AutoCloseable> T opened(T resource) {
        opened.push(resource);
        return resource;
    }

    /** Closes everything opened, the last opened first; a failure to close one is logged and the rest still close. */
    public synchronized void closeAll() {
        while (!opened.isEmpty()) {
            AutoCloseable resource = opened.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("could not close {}: {}", resource.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
