package org.prisonsync.http.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.prisonsync.core.UpstreamUnavailable;

/**
 * Sends one request and reads its answer in full, sending it once more on a fresh connection when that is safe.
 *
 * <p>The usual failure without a status is a pooled connection the server closed while it sat idle ("unexpected end
 * of stream"). When a call fails on a pooled connection, every idle connection in the pool is dropped: they sat idle
 * as long, so they are as likely to be dead, and the next call (this one's repeat, or the caller's own retry later)
 * then opens a fresh one instead of finding the next dead one.
 *
 * <p>What is sent again (once):
 * <ul>
 *   <li>a GET, after any failure but a timeout: a read is safe to repeat;</li>
 *   <li>a write (POST, PUT, DELETE) only when OkHttp reports its request was never completely written, so the server
 *   cannot have acted on it (e.g. the server had reset the idle connection and the write failed).</li>
 * </ul>
 * Never sent again: anything after a timeout (the caller has waited long enough already), and a write that was
 * completely written but went unanswered: the server may have acted on it, so its fate is unknown and it is reported
 * as {@link UpstreamUnavailable} for the caller to check and retry. (Before sending anything but a GET on a
 * connection that sat idle 10 s or more, OkHttp itself looks for a close from the server and, if there was one, opens
 * a fresh connection instead: nothing was sent, so nothing is repeated.) One repeat is enough: once the idle
 * connections are dropped, the repeat gets a new connection, or one that has just completed an exchange.
 */
final class Sender {
    private final OkHttpClient client;

    Sender(OkHttpClient client) {
        this.client = client;
    }

    HttpReply send(Request request) {
        String method = request.method();
        String path = request.url().encodedPath();
        IOException failure = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            AttemptTrace trace = new AttemptTrace();
            try {
                return call(request, trace);
            } catch (IOException e) {
                if (failure != null) {
                    e.addSuppressed(failure);
                }
                failure = e;
                if (e instanceof InterruptedIOException) {
                    break;
                }
                if (trace.ranOnPooledConnection()) {
                    client.connectionPool().evictAll(); // in-use connections stay; only idle ones are closed
                }
                if (!"GET".equals(method) && !trace.requestNeverCompletelySent()) {
                    break;
                }
            }
        }
        throw new UpstreamUnavailable(method + " " + path + " failed (no status): " + failure, failure);
    }

    private HttpReply call(Request request, AttemptTrace trace) throws IOException {
        Call call = client.newCall(request);
        call.addEventListener(trace);
        try (Response response = call.execute()) {
            return new HttpReply(request.method(), request.url().encodedPath(), response.code(),
                    response.body().string());
        }
    }
}
