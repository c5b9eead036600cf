package org.prisonsync.core.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loopback ports for tests that must name a port before the server that binds it starts.
 *
 * <p>Why not {@code new ServerSocket(0)}: the kernel hands that out from the ephemeral range (32768–60999 on Linux),
 * the same range every outgoing connection's local port comes from. Between closing the probe socket and the server
 * binding, one of the test's own HTTP or SQS clients could take the port ("Port already in use", seen in CI). Ports
 * here come from below that range, where no outgoing connection lands, and are never handed out twice in one JVM; the
 * random start keeps two JVMs (a helper's build beside CI) apart, and the probe skips any port something already holds.
 */
public final class LoopbackPorts {
    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;
    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(LAST - FIRST));

    private LoopbackPorts() {
    }

    /** A port nothing listens on now and that this JVM has not handed out before. */
    public static int next() {
        for (int attempt = 0; attempt < LAST - FIRST; attempt++) {
            int port = FIRST + Math.floorMod(NEXT.getAndIncrement(), LAST - FIRST);
            if (bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port in " + FIRST + "–" + LAST);
    }

    private static boolean bindable(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(false);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
