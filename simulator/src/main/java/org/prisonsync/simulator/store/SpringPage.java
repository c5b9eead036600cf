package org.prisonsync.simulator.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a Spring Data {@code Page}, as upstream's paged reads answer (the visit scheduler's search, the alerts
 * API's list, NOMIS's migration id pages): the page's entries and where it stands among all of them.
 *
 * @param content       the page's entries
 * @param totalElements how many entries all pages hold
 * @param number        the page's number, zero-based
 * @param size          the page size asked for
 */
public record SpringPage<V>(List<V> content, long totalElements, int number, int size) {
    public SpringPage {
        content = List.copyOf(content);
        if (number < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
    }

    /** Page {@code number} of {@code size} entries from {@code all}; past the end, an empty page. */
    public static <V> SpringPage<V> slice(List<V> all, int number, int size) {
        long from = (long) number * size;
        List<V> content = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + size));
        return new SpringPage<>(content, all.size(), number, size);
    }

    /** The same page with each entry as {@code wire} renders it. */
    public <W> SpringPage<W> map(Function<V, W> wire) {
        return new SpringPage<>(content.stream().<W>map(wire).toList(), totalElements, number, size);
    }

    public int totalPages() {
        return (int) ((totalElements + size - 1) / size);
    }

    /** The page as Spring writes it (without {@code pageable} and {@code sort}, which a caller may add). */
    public Map<String, Object> body() {
        int totalPages = totalPages();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", content);
        body.put("totalElements", totalElements);
        body.put("totalPages", totalPages);
        body.put("number", number);
        body.put("size", size);
        body.put("numberOfElements", content.size());
        body.put("first", number == 0);
        body.put("last", number >= totalPages - 1);
        body.put("empty", content.isEmpty());
        return body;
    }
}
