/**
 * Assembly of the core from its ports: what a runner's composition root (or an embedding program) calls to get the
 * message processor, the repairs and the admin operations, all wired the same way.
 */
package org.prisonsync.core.engine;
