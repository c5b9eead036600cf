package org.prisonsync.core.alerts.inmemory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.contract.AlertsDpsApiContract;
import org.prisonsync.core.inmemory.MutableClock;

class InMemoryAlertsDpsApiContractTest extends AlertsDpsApiContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryAlertsDpsApi dps = new InMemoryAlertsDpsApi(clock);

    @Override
    protected AlertsDpsApi api() {
        return dps;
    }

    @Override
    protected LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
