/** Court sentencing's ports over HTTP: NOMIS's court sentencing endpoints and DPS remand and sentencing's legacy reads. */
package org.prisonsync.http.courtsentencing;
