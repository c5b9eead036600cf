/** In-memory twins of the finance ports, for rule tests and the contract tests the adapters also pass. */
package org.prisonsync.core.finance.inmemory;
