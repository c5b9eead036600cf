/**
 * The prison movements over HTTP: {@code PrisonMovements}, a booking's movements from the Prison API, which the
 * movement reconciliation reads; bound by the Dagger {@link org.prisonsync.http.movements.MovementsHttp}.
 */
package org.prisonsync.http.movements;
