/** The adjudications domain's wiring. */
package org.prisonsync.wiring.adjudications;
