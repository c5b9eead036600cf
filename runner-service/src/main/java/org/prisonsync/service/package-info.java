/**
 * The long-running service: the Javalin composition root. It builds the Dagger graph from {@link
 * org.prisonsync.service.ServiceConfig}, starts the queue listeners and serves the operator API; it holds no sync
 * logic — every endpoint calls a core service, the same ones the CLI calls.
 */
package org.prisonsync.service;
