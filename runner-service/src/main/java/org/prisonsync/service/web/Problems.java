package org.prisonsync.service.web;

import io.javalin.http.HttpStatus;
import java.util.regex.Pattern;

/**
 * The upstream problem body of every error answer ({@code status}, {@code userMessage}, {@code developerMessage}),
 * from Javalin's handlers and Jetty's own early answers alike. Messages are ours and name what to fix; a text that
 * carries a Java class name (a library's message slipping through) is replaced by the status's reason phrase, so
 * that no answer shows the service's internals.
 */
final class Problems {
    static final String CONTENT_TYPE = "application/json";

    /** A qualified Java name ({@code com.fasterxml.jackson…}, {@code java.lang.String}) or an exception's name. */
    private static final Pattern INTERNAL = Pattern.compile(
            "(?:\\b[a-zA-Z_$][\\w$]*\\.){2,}[A-Za-z_$][\\w$]*|Exception|jackson|\\borg\\.", Pattern.CASE_INSENSITIVE);

    private Problems() {
    }

    /** A client error (4xx): the message is shown to the caller as both user and developer message. */
    static ErrorResponse client(int status, String message) {
        String text = safe(status, message);
        return new ErrorResponse(status, text, text);
    }

    /** A server error (5xx): the caller learns nothing of the cause, which is in the log. */
    static ErrorResponse server(int status, String method, String path) {
        return new ErrorResponse(status, "The service failed to handle the request; it has been logged",
                "Unexpected failure handling " + method + " " + safe(status, path) + "; see the service log");
    }

    static String safe(int status, String message) {
        if (message == null || message.isBlank() || INTERNAL.matcher(message).find()) {
            return reason(status);
        }
        return message;
    }

    static String reason(int status) {
        HttpStatus known = HttpStatus.forStatus(status);
        return known == HttpStatus.UNKNOWN ? "HTTP " + status : known.getMessage();
    }
}
