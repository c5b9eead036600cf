package org.prisonsync.http.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A loopback HTTP/1.1 server that keeps connections alive and closes one that sits idle longer than its idle timeout,
 * as Jetty and load balancers do, without telling the client beforehand. It closes either politely (FIN, as Jetty
 * does) or with a reset (RST). It answers from a table of paths (anything else 404); {@code /hold} answers only once
 * {@link #holdUntil} requests to it have arrived, so that many connections are open at once; {@code /vanish} reads
 * the whole request, then closes the connection without answering (a server that acted and died, as far as the client
 * can tell).
 */
final class IdleClosingServer implements AutoCloseable {
    enum Close { FIN, RESET }

    private final ServerSocket listener;
    private final int idleMillis;
    private final Close close;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private int accepted;
    private int closedIdle;
    private int closedByClient;

    IdleClosingServer(Duration idleTimeout, Close close) {
        this.idleMillis = Math.toIntExact(idleTimeout.toMillis());
        this.close = close;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptAll, "idle-closing-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/";
    }

    /** {@code GET}s and writes to {@code path} answer 200 with {@code body}. */
    void answer(String path, String body) {
        answers.put(path, body);
    }

    void holdUntil(int requests) {
        hold = new CountDownLatch(requests);
    }

    /** Every request received whole, as {@code METHOD path}, but those to {@code /hold}. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    synchronized int accepted() {
        return accepted;
    }

    synchronized int closedIdle() {
        return closedIdle;
    }

    /** Waits until the server has closed {@code count} connections for sitting idle. */
    void awaitClosedIdle(int count) throws InterruptedException {
        await(() -> closedIdle, count, "connections closed idle by the server");
    }

    /** Waits until clients have closed {@code count} connections while the server waited for their next request. */
    void awaitClosedByClient(int count) throws InterruptedException {
        await(() -> closedByClient, count, "connections closed by the client");
    }

    private synchronized void await(IntSupplier counter, int count, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (counter.getAsInt() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " " + what + ", saw " + counter.getAsInt());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private synchronized void count(Runnable increment) {
        increment.run();
        notifyAll();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                sockets.add(socket);
                count(() -> accepted++);
                Thread connection = new Thread(() -> serve(socket), "idle-closing-server-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(idleMillis);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                String requestLine;
                try {
                    requestLine = line(in);
                } catch (SocketTimeoutException idle) {
                    if (close == Close.RESET) {
                        socket.setSoLinger(true, 0);
                    }
                    socket.close();
                    count(() -> closedIdle++);
                    return;
                }
                if (requestLine == null) {
                    count(() -> closedByClient++);
                    return;
                }
                String[] parts = requestLine.split(" ");
                readBody(in, contentLength(in));
                String path = parts[1];
                if (!path.equals("/hold")) {
                    requests.add(parts[0] + " " + path);
                }
                if (path.equals("/vanish")) {
                    return;
                }
                if (path.equals("/hold")) {
                    hold.countDown();
                    hold.await(10, TimeUnit.SECONDS);
                }
                String body = path.equals("/hold") ? "{}" : answers.get(path);
                respond(out, body == null ? 404 : 200, body == null ? "{\"status\":404}" : body);
            }
        } catch (IOException | InterruptedException e) {
            // the client went away mid-request, or the test is over
        }
    }

    private static void respond(OutputStream out, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    private static int contentLength(InputStream in) throws IOException {
        int length = 0;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).trim());
            }
        }
        return length;
    }

    private static void readBody(InputStream in, int length) throws IOException {
        if (in.readNBytes(length).length < length) {
            throw new IOException("request body cut short");
        }
    }

    /** One CRLF-terminated line; null at end of stream before any byte. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        listener.close();
        List<Socket> open = new ArrayList<>(sockets);
        for (Socket socket : open) {
            socket.close();
        }
    }
}
