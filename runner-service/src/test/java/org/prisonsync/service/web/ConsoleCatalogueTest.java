package org.prisonsync.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleCatalogueTest {
    @Test
    void theTokenUrlIsBesideTheAuthServersKeys_orNotGuessedAtAll() {
        assertThat(ConsoleCatalogue.tokenUrl("https://sign-in.hmpps.service.justice.gov.uk/auth/.well-known/jwks.json"))
                .isEqualTo("https://sign-in.hmpps.service.justice.gov.uk/auth/oauth/token");
        assertThat(ConsoleCatalogue.tokenUrl("http://127.0.0.1:8091/auth/.well-known/jwks.json"))
                .isEqualTo("http://127.0.0.1:8091/auth/oauth/token");
        assertThat(ConsoleCatalogue.tokenUrl("https://keys.example/jwks")).isNull();
        assertThat(ConsoleCatalogue.tokenUrl(null)).isNull();
    }
}
