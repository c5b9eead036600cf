/**
 * Public, framework-free in-memory implementations of every core port. Core's tests use them, library users test
 * their own rules with them, the simulator serves them over HTTP, and the contract tests in core's test-jar hold the
 * real adapters to the same behaviour.
 */
package org.prisonsync.core.inmemory;
