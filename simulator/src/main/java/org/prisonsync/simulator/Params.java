package org.prisonsync.simulator;

import io.javalin.http.Context;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.prisonsync.core.message.Ids;

/** Path and query parameters every domain reads, checked as the real APIs check them (400 naming the parameter). */
public final class Params {
    /** The NOMIS or DPS user a control call acts as when it names none. */
    public static final String DEFAULT_OFFICER = "SIM_OFFICER";
    private static final Pattern PRISONER_NUMBER = Pattern.compile("[A-Z]\\d{4}[A-Z]{2}");

    private Params() {
    }

    /** Whether {@code value} is a NOMIS prisoner number ({@code A1234BC}). */
    public static boolean isPrisonerNumber(String value) {
        return value != null && PRISONER_NUMBER.matcher(value).matches();
    }

    /** The path parameter {@code name} as a prisoner number. */
    public static String prisonerNumber(Context ctx, String name) {
        String value = ctx.pathParam(name);
        if (!isPrisonerNumber(value)) {
            throw ApiError.badRequest(name + " '" + value + "' does not match [A-Z]\\d{4}[A-Z]{2}");
        }
        return value;
    }

    /** The path parameter {@code name} as a positive number in ASCII digits. */
    public static long positiveLong(Context ctx, String name) {
        return Ids.parsePositiveLong(ctx.pathParam(name))
                .orElseThrow(() -> ApiError.badRequest(name + " must be a positive number in ASCII digits"));
    }

    /** The query parameter {@code name} as a whole number; {@code defaultValue} when absent or blank. */
    public static int intQuery(Context ctx, String name, int defaultValue) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        OptionalLong parsed = Ids.parseLong(value.trim());
        if (parsed.isEmpty() || parsed.getAsLong() > Integer.MAX_VALUE || parsed.getAsLong() < Integer.MIN_VALUE) {
            throw ApiError.badRequest(name + " must be a whole number in ASCII digits");
        }
        return (int) parsed.getAsLong();
    }
}
