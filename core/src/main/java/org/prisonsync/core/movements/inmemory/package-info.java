/**
 * The movements ports in memory, public and framework-free: the Prison API's movements and the matched event pairs,
 * for core's tests, for library users testing their own rules, and for the simulator to serve over HTTP.
 */
package org.prisonsync.core.movements.inmemory;
