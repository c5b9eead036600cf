package org.prisonsync.http.finance;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.finance.FinanceDpsApi;
import org.prisonsync.core.finance.FinanceNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * Finance's ports over HTTP: NOMIS's transaction endpoints on the NOMIS prisoner API, and the DPS finance sync API
 * at {@value #FINANCE_API} ({@code FINANCE_API_URL}, else {@code DEFAULT_API_URL}).
 */
@Module(includes = HttpModule.class)
public final class FinanceHttp {
    /** The DPS finance API's id. */
    public static final String FINANCE_API = "finance";

    private FinanceHttp() {
    }

    @Provides
    @Singleton
    public static FinanceNomisApi financeNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpFinanceNomisApi(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }

    @Provides
    @Singleton
    public static FinanceDpsApi financeDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpFinanceDpsApi(JsonHttp.to(client, settings, FINANCE_API));
    }
}
