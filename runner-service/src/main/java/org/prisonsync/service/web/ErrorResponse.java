package org.prisonsync.service.web;

/** The upstream HMPPS error body: {@code status}, {@code userMessage}, {@code developerMessage}. */
public record ErrorResponse(int status, String userMessage, String developerMessage) {
    public static ErrorResponse of(int status, String message) {
        return new ErrorResponse(status, message, message);
    }
}
