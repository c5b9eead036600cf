/** The sentencing adjustments' ports over HTTP: NOMIS's adjustment endpoints and the DPS adjustments API's legacy ones. */
package org.prisonsync.http.adjustments;
