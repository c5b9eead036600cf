package org.prisonsync.jdbc.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ordered map of strings as one column: {@code name=value&name=value}, form-encoded, so that any character a
 * field holds (=, &, newlines, non-ASCII) comes back as it went in, in the same order.
 */
public final class FormText {
    private FormText() {
    }

    public static String encode(Map<String, String> map) {
        StringBuilder text = new StringBuilder();
        map.forEach((name, value) -> {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return text.toString();
    }

    public static Map<String, String> decode(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return map;
        }
        for (String pair : text.split("&", -1)) {
            int equals = pair.indexOf('=');
            map.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return map;
    }
}
