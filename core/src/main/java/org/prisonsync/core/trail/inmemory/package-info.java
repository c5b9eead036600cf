/** The event trail in memory: for core's tests and the contract the JDBC trail is held to. */
package org.prisonsync.core.trail.inmemory;
