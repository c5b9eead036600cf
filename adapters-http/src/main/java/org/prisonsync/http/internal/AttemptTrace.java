package org.prisonsync.http.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;

/**
 * What one call did on the wire, as OkHttp reports it: whether it ran on a pooled connection, and whether its request
 * was ever completely written. A synchronous call reports on the calling thread, so plain fields are enough.
 */
final class AttemptTrace extends EventListener {
    private int connectsStarted;
    private int connectionsAcquired;
    private int requestsStarted;
    private boolean requestWriteFailed;

    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
        connectsStarted++;
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        connectionsAcquired++;
    }

    @Override
    public void requestHeadersStart(Call call) {
        requestsStarted++;
    }

    /** Writing the headers, the body or the final flush failed: the request did not leave whole. */
    @Override
    public void requestFailed(Call call, IOException ioe) {
        requestWriteFailed = true;
    }

    /** The call took a connection from the pool instead of opening one. */
    boolean ranOnPooledConnection() {
        return connectionsAcquired > 0 && connectsStarted == 0;
    }

    /**
     * The server cannot have acted on the request: nothing was written (no connection), or the one request's write
     * failed part-way (the peer had already reset the connection), and a server never acts on a request it did not
     * receive whole. A request that was completely written and then went unanswered is NOT this: its fate is unknown.
     */
    boolean requestNeverCompletelySent() {
        return requestsStarted == 0 || (requestsStarted == 1 && requestWriteFailed);
    }
}
