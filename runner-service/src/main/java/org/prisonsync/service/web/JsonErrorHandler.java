package org.prisonsync.service.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's own answers before a request reaches Javalin (a bad request line or chunk, a body over the size limit, a
 * URI or headers too large, an unknown HTTP version: 400, 413, 414, 431, 505) in the same JSON problem body as every
 * other error, whatever the method or the Accept header, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final Logger log = LoggerFactory.getLogger(JsonErrorHandler.class);
    private final ObjectMapper json;

    JsonErrorHandler(ObjectMapper json) {
        this.json = json;
        setShowStacks(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws JsonProcessingException {
        ErrorResponse problem;
        // Jetty's other early answers (4xx, 501 unknown transfer coding, 505 unknown HTTP version) are about what the
        // client sent; only a 500 is a fault of ours.
        if (code == 500) {
            log.error("server error {} before the request reached a handler: {}", code, message, cause);
            problem = Problems.server(code, request.getMethod(),
                    request.getHttpURI() == null ? null : request.getHttpURI().getPath());
        } else {
            log.debug("refused before a handler with {}: {}", code, message);
            problem = Problems.client(code, message);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(json.writeValueAsBytes(problem)), callback);
    }
}
