/**
 * Test fixtures for core's own tests: a {@link org.prisonsync.core.testing.TestWorld} that wires the core over the
 * in-memory ports and makes the in-memory DPS and NOMIS publish the events the real systems would, event builders,
 * sample visits, and port decorators that inject the failures the sync must survive (lost responses, a failing
 * mapping store).
 */
package org.prisonsync.core.testing;
