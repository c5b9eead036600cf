package org.prisonsync.http.appointments;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import okhttp3.OkHttpClient;
import org.prisonsync.core.appointments.AppointmentsDpsApi;
import org.prisonsync.core.appointments.AppointmentsNomisApi;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.internal.JsonHttp;

/**
 * The appointments' ports over HTTP: NOMIS's appointment endpoints on the NOMIS prisoner API, the DPS activities API
 * (appointments live there) at {@value #ACTIVITIES_API} ({@code ACTIVITIES_API_URL}, else {@code DEFAULT_API_URL}).
 * The location mappings appointments translate through are the shared ones ({@code http.locations.LocationsHttp}).
 */
@Module(includes = HttpModule.class)
public final class AppointmentsHttp {
    /** The DPS activities API's id (appointments are served by the activities API). */
    public static final String ACTIVITIES_API = "activities";

    private AppointmentsHttp() {
    }

    @Provides
    @Singleton
    public static AppointmentsNomisApi appointmentsNomisApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpAppointmentsNomisApi(JsonHttp.to(client, settings, HttpSettings.NOMIS_API));
    }

    @Provides
    @Singleton
    public static AppointmentsDpsApi appointmentsDpsApi(OkHttpClient client, HttpSettings settings) {
        return new OkHttpAppointmentsDpsApi(JsonHttp.to(client, settings, ACTIVITIES_API));
    }
}
