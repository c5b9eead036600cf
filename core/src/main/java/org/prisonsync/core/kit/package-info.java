/**
 * The domain kit: what a domain declares so the engines can run it without naming it. A domain is a
 * {@link org.prisonsync.core.kit.SyncDomain}: its queues, and an {@code install} step in which it registers its
 * event handlers, mapping checks, migrations and scheduled work on a {@link org.prisonsync.core.kit.DomainKit}.
 * The engine ({@code org.prisonsync.core.engine.PrisonSyncCore}) is assembled from a list of domains; adding a
 * domain is adding one element to that list.
 */
package org.prisonsync.core.kit;
