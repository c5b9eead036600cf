/**
 * What one domain offers the others through the kit ({@link org.prisonsync.core.kit.DomainKit#offer}), each an
 * interface here, in no domain's package, so that no domain imports another (ADR 0005) while the domain that owns a
 * piece of work still does it its own way: the adjustments domain creates a NOMIS sentence adjustment in DPS under its
 * own claim and mapping when court sentencing's clone needs one ({@link
 * org.prisonsync.core.offers.NomisSentenceAdjustments}).
 */
package org.prisonsync.core.offers;
