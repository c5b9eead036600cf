/**
 * The alerts ports in memory, public and framework-free: the DPS alerts API, NOMIS's alerts, the prisoner-level
 * mappings and the duplicates found, for core's tests, for library users testing their own rules, and for the
 * simulator to serve over HTTP.
 */
package org.prisonsync.core.alerts.inmemory;
