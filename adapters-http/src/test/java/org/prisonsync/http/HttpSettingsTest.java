package org.prisonsync.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    @Test
    void anApiWithAUrlOfItsOwnIsThereAndEveryOtherIsAtTheDefault() {
        HttpSettings settings = HttpSettings.defaults("http://simulator:8090")
                .withApiUrl("alerts", "https://alerts-api");

        assertThat(settings.apiUrl("alerts")).isEqualTo("https://alerts-api");
        assertThat(settings.apiUrl("visits")).isEqualTo("http://simulator:8090");
        assertThat(settings.apiUrl("incentives")).isEqualTo("http://simulator:8090");
    }

    @Test
    void anApiWithNeitherItsOwnUrlNorADefaultNamesTheVariablesToSet() {
        HttpSettings settings = HttpSettings.defaults(Map.of("nomis", "https://nomis"));

        assertThatThrownBy(() -> settings.apiUrl("non-associations"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NON_ASSOCIATIONS_API_URL").hasMessageContaining("DEFAULT_API_URL");
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedWhenAskedForWithItsVariable() {
        HttpSettings settings = HttpSettings.defaults("http://simulator").withApiUrl("visits", "visits.example");

        assertThatThrownBy(() -> settings.apiUrl("visits"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VISITS_API_URL");
        assertThatThrownBy(() -> HttpSettings.defaults("ftp://simulator"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DEFAULT_API_URL");
    }

    @Test
    void theEnvironmentsApiUrlVariablesAreReadByIdWithoutAListOfApis() {
        Map<String, String> urls = HttpSettings.apiUrlsFrom(Map.of(
                "NOMIS_API_URL", " https://nomis ",
                "INCENTIVES_API_URL", "https://incentives",
                "NON_ASSOCIATIONS_API_URL", "https://non-associations",
                "ALERTS_API_URL", " ",
                "DEFAULT_API_URL", "https://everything-else",
                "HMPPS_AUTH_URL", "https://auth",
                "_API_URL", "https://nameless"));

        assertThat(urls).containsExactlyInAnyOrderEntriesOf(Map.of("nomis", "https://nomis",
                "incentives", "https://incentives", "non-associations", "https://non-associations"));
        assertThat(HttpSettings.variableOf("non-associations")).isEqualTo("NON_ASSOCIATIONS_API_URL");
    }

    @Test
    void anApiIdMustSurviveTheTripToAVariableName() {
        assertThatThrownBy(() -> HttpSettings.defaults(Map.of("Visits", "https://visits")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpSettings.variableOf("visits_api"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankUrlLeavesTheApiAtTheDefault() {
        HttpSettings settings = HttpSettings.defaults("http://simulator").withApiUrl("prison", "https://prison-api");

        assertThat(settings.withApiUrl("prison", " ").apiUrl("prison")).isEqualTo("http://simulator");
        assertThat(settings.withApiUrl("prison", null).apiUrls()).isEmpty();
    }
}
