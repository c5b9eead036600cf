/**
 * Abstract contract tests, one per port, shipped in core's test-jar: the in-memory twin and every real adapter
 * extend them with a factory for a fresh instance, so all implementations are held to the same behaviour.
 */
package org.prisonsync.core.contract;
