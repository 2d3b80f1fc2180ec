package org.treatywatch.web;

import java.util.function.Supplier;

/**
 * An error the API answers with a status code and a JSON body {@code {"error": ..., "message": ...}}:
 * {@code error} is a stable word for programs (bad_request, not_found, unauthorized, forbidden,
 * payload_too_large), {@code message} one sentence for people.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String error;

    public ApiException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(413, "payload_too_large", message);
    }

    /**
     * The result of reading the caller's input with a parser that says why it refuses with an
     * {@link IllegalArgumentException} (a search text, a page cursor, an export format): that
     * becomes a 400 with its message. Elsewhere an IllegalArgumentException is a bug, and a 500.
     */
    public static <T> T input(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
    }
}
