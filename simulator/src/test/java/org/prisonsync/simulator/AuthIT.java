package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthIT {
    private final RunningSimulator sim = new RunningSimulator(
            RunningSimulator.settings(RunningSimulator.TO_NOMIS, RunningSimulator.FROM_NOMIS).withRequireAuth(true));

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void givenClientCredentials_thenTheTokenIsAnRs256JwtThatVerifiesAgainstTheJwks() throws Exception {
        var token = fetchToken();

        assertThat(token).containsEntry("token_type", "bearer").containsEntry("expires_in", 3600);
        SignedJWT jwt = SignedJWT.parse((String) token.get("access_token"));
        JWKSet jwks = JWKSet.parse(sim.get("/auth/.well-known/jwks.json").body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("prison-sync");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(sim.simulator.baseUrl() + "/auth/issuer");
    }

    @Test
    void givenAuthIsRequired_thenACallWithoutATokenAnswers401AndOneWithATokenSucceeds() {
        assertThat(sim.get("/visits/1").code()).isEqualTo(401);
        assertThat(sim.call(new Request.Builder().url(sim.simulator.baseUrl() + "/visits/1")
                .header("Authorization", "Bearer not.a.jwt").build(), sim.http).code()).isEqualTo(401);

        String accessToken = (String) fetchToken().get("access_token");
        var answer = sim.call(new Request.Builder().url(sim.simulator.baseUrl() + "/visits/1")
                .header("Authorization", "Bearer " + accessToken).build(), sim.http);

        assertThat(answer.code()).as("authorised, and there is no visit 1").isEqualTo(404);
        assertThat(sim.get("/health/ping").code()).isEqualTo(200);
    }

    @Test
    void givenAnotherGrantType_thenTheTokenEndpointAnswers400() {
        var answer = sim.call(new Request.Builder().url(sim.simulator.tokenUrl())
                .header("Authorization", Credentials.basic("prison-sync", "secret"))
                .post(new FormBody.Builder().add("grant_type", "password").build()).build(), sim.http);

        assertThat(answer.code()).isEqualTo(400);
    }

    private Map<String, Object> fetchToken() {
        var answer = sim.call(new Request.Builder().url(sim.simulator.tokenUrl())
                .header("Authorization", Credentials.basic("prison-sync", "any-secret"))
                .post(new FormBody.Builder().add("grant_type", "client_credentials").build()).build(), sim.http);
        assertThat(answer.code()).isEqualTo(200);
        return answer.json();
    }
}
