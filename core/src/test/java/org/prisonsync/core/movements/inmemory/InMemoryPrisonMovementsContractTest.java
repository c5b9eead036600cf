package org.prisonsync.core.movements.inmemory;

import org.prisonsync.core.contract.PrisonMovementsContract;
import org.prisonsync.core.movements.BookingMovement;
import org.prisonsync.core.movements.PrisonMovements;

class InMemoryPrisonMovementsContractTest extends PrisonMovementsContract {
    private final InMemoryPrisonMovements movements = new InMemoryPrisonMovements();

    @Override
    protected PrisonMovements api() {
        return movements;
    }

    @Override
    protected void seed(long bookingId, BookingMovement movement) {
        movements.add(bookingId, movement);
    }
}
