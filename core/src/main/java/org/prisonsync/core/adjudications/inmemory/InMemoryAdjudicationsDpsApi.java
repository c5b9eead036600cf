package org.prisonsync.core.adjudications.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.prisonsync.core.adjudications.AdjudicationsDpsApi;
import org.prisonsync.core.adjudications.DpsCharge;

/** The DPS adjudications API in memory: reported adjudications by charge number, each on a booking. */
public final class InMemoryAdjudicationsDpsApi implements AdjudicationsDpsApi {
    private record Held(DpsCharge charge, long bookingId) {
    }

    private final Map<String, Held> charges = new LinkedHashMap<>();

    /** Stores (or replaces) a reported adjudication on a booking. */
    public synchronized void put(DpsCharge charge, long bookingId) {
        charges.put(charge.chargeNumber(), new Held(charge, bookingId));
    }

    /** Changes a stored adjudication; false when there is none. */
    public synchronized boolean update(String chargeNumber, UnaryOperator<DpsCharge> change) {
        Held held = charges.get(chargeNumber);
        if (held == null) {
            return false;
        }
        charges.put(chargeNumber, new Held(change.apply(held.charge()), held.bookingId()));
        return true;
    }

    public synchronized Optional<Long> bookingOf(String chargeNumber) {
        return Optional.ofNullable(charges.get(chargeNumber)).map(Held::bookingId);
    }

    public synchronized int count() {
        return charges.size();
    }

    @Override
    public synchronized Optional<DpsCharge> charge(String chargeNumber) {
        return Optional.ofNullable(charges.get(chargeNumber)).map(Held::charge);
    }

    @Override
    public synchronized List<DpsCharge> allByBooking(long bookingId) {
        List<DpsCharge> found = new ArrayList<>();
        charges.values().stream().filter(h -> h.bookingId() == bookingId).forEach(h -> found.add(h.charge()));
        return found;
    }
}
