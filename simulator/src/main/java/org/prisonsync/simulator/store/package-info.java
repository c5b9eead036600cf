/**
 * The kit a simulated domain is built from: {@link org.prisonsync.simulator.store.EntityStore} (records keyed and
 * indexed in memory), {@link org.prisonsync.simulator.store.IdSequence} (ids from the settings' id base),
 * {@link org.prisonsync.simulator.store.RouteTable} (a domain's upstream routes as rows: find, list, page, create,
 * update, change, delete, and hooks where upstream's semantics need hand-written code) and
 * {@link org.prisonsync.simulator.store.SpringPage} (the Spring page upstream's paged reads answer).
 */
package org.prisonsync.simulator.store;
