/**
 * What every domain knows about prisoners and shares: the active prisoners a prisoner-level reconciliation pages
 * through ({@link org.prisonsync.core.prisoners.ActivePrisoners}), and the identity NOMIS gives the records it keeps
 * per booking ({@link org.prisonsync.core.prisoners.BookingRecordId}), on which the domains' typed ids are built.
 */
package org.prisonsync.core.prisoners;
