package org.prisonsync.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesCompactJsonWithEscapes() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("prisonIds", List.of("MDI", "LEI"));
        value.put("count", 3);
        value.put("flag", true);
        value.put("none", null);
        value.put("text", "a \"quoted\"\\ line\nand\ttab\u0001");

        assertThat(JsonText.write(value)).isEqualTo("{\"prisonIds\":[\"MDI\",\"LEI\"],\"count\":3,\"flag\":true,"
                + "\"none\":null,\"text\":\"a \\\"quoted\\\"\\\\ line\\nand\\ttab\\u0001\"}");
    }

    @Test
    void writesEmptyContainers() {
        assertThat(JsonText.write(Map.of())).isEqualTo("{}");
        assertThat(JsonText.write(List.of())).isEqualTo("[]");
    }
}
