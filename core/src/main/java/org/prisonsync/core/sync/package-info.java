/**
 * The generic sync engine: routing a message to its domain handler (with feature switches), the create / update /
 * delete flows every domain reuses, the mapping-save retry (which saves only what a domain's {@link
 * org.prisonsync.core.sync.MappingFacts} confirms), and the one place ({@link
 * org.prisonsync.core.sync.MessageProcessor}) where an outcome becomes telemetry and a queue disposition.
 */
package org.prisonsync.core.sync;
