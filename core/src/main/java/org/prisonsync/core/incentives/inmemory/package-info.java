/**
 * The incentives ports in memory, public and framework-free: the DPS incentives API and NOMIS's IEPs and reference
 * data, for core's tests, for library users testing their own rules, and for a simulator to serve over HTTP.
 */
package org.prisonsync.core.incentives.inmemory;
