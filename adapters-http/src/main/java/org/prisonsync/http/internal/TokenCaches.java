package org.prisonsync.http.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.OkHttpClient;
import org.prisonsync.http.HttpSettings;

/** One token cache per client, token URL and client id, whichever domain's adapter asks for it. */
final class TokenCaches {
    /**
     * Token caches per client, then per token URL and client. Weak keys: a client that is no longer used takes its
     * caches with it (the caches fetch through a sibling client, never the key itself, so they cannot pin it).
     */
    private static final Map<OkHttpClient, Map<TokenKey, ClientCredentialsTokens>> TOKENS = new WeakHashMap<>();

    private TokenCaches() {
    }

    /** The shared token cache for these settings on this client; null when the settings ask for no auth. */
    static ClientCredentialsTokens shared(OkHttpClient client, HttpSettings settings, ObjectMapper mapper) {
        if (!settings.authenticated()) {
            return null;
        }
        TokenKey key = new TokenKey(settings.tokenUrl(), settings.clientId(), settings.clientSecret());
        synchronized (TOKENS) {
            return TOKENS.computeIfAbsent(client, c -> new HashMap<>())
                    .computeIfAbsent(key, k -> new ClientCredentialsTokens(client.newBuilder().build(), k.tokenUrl(),
                            k.clientId(), k.clientSecret(), mapper, Clock.systemUTC()));
        }
    }

    private record TokenKey(String tokenUrl, String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "TokenKey[" + tokenUrl + ", " + clientId + "]";
        }
    }
}
