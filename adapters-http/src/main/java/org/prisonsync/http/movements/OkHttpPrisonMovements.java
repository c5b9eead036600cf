package org.prisonsync.http.movements;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.prisonsync.core.movements.BookingMovement;
import org.prisonsync.core.movements.PrisonMovements;
import org.prisonsync.http.internal.JsonHttp;

/** {@link PrisonMovements} over the Prison API's {@code GET /api/movements/booking/{bookingId}}. */
final class OkHttpPrisonMovements implements PrisonMovements {
    private final JsonHttp http;

    OkHttpPrisonMovements(JsonHttp http) {
        this.http = http;
    }

    @Override
    public List<BookingMovement> movementsOfBooking(long bookingId) {
        // 404, an unknown booking: the port's contract is "no movements", not a failure
        return http.find(MovementDto[].class, movements -> Arrays.stream(movements).map(MovementDto::toDomain).toList(),
                "api", "movements", "booking", Long.toString(bookingId)).orElse(List.of());
    }

    /** The Prison API's {@code Movement}; it sends more fields (names, descriptions, times split out), ignored. */
    private record MovementDto(Integer sequence, String fromAgency, String toAgency, String movementType,
                               String directionCode, LocalDateTime movementDateTime, String movementReasonCode,
                               LocalDateTime createdDateTime, LocalDateTime modifiedDateTime) {
        BookingMovement toDomain() {
            if (sequence == null) {
                // without it the handler cannot find the movement an event names; JsonHttp reports it as garbled
                throw new IllegalArgumentException("a movement has no sequence");
            }
            return new BookingMovement(sequence, fromAgency, toAgency, movementType, directionCode, movementDateTime,
                    movementReasonCode, createdDateTime, modifiedDateTime);
        }
    }
}
