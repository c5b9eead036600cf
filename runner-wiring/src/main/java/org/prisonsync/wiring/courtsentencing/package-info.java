/** The court sentencing domain's wiring. */
package org.prisonsync.wiring.courtsentencing;
