package org.prisonsync.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer, rendered as the HMPPS {@code ErrorResponse} ({@code status, userMessage, developerMessage,
 * moreInfo}). Thrown from a handler so that validation reads top to bottom; the exception mapper writes it.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String userMessage;
    private final String moreInfo;

    public ApiError(int status, String userMessage, String developerMessage, String moreInfo) {
        super(developerMessage);
        this.status = status;
        this.userMessage = userMessage;
        this.moreInfo = moreInfo;
    }

    public static ApiError badRequest(String developerMessage) {
        return new ApiError(400, "Bad request: " + developerMessage, developerMessage, null);
    }

    public static ApiError notFound(String developerMessage) {
        return new ApiError(404, "Not found: " + developerMessage, developerMessage, null);
    }

    public static ApiError conflict(String userMessage, String developerMessage, String moreInfo) {
        return new ApiError(409, userMessage, developerMessage, moreInfo);
    }

    public int status() {
        return status;
    }

    public Map<String, Object> body() {
        return body(status, userMessage, getMessage(), moreInfo);
    }

    public static Map<String, Object> body(int status, String userMessage, String developerMessage, String moreInfo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("userMessage", userMessage);
        body.put("developerMessage", developerMessage);
        if (moreInfo != null) {
            body.put("moreInfo", moreInfo);
        }
        return body;
    }
}
