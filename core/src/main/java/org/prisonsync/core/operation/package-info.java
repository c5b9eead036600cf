/**
 * Operations as descriptors: a query, repair or command declared once ({@link org.prisonsync.core.operation.Operation}
 * with its typed {@link org.prisonsync.core.operation.Param}s, the role that guards it, its HTTP route and CLI path)
 * and served by generic runners as one endpoint and one CLI subcommand, instead of a hand-written route and command
 * class each. Parameters are read strictly here ({@link org.prisonsync.core.operation.Params}), so the service and
 * the CLI refuse the same values with the same words; the result is an
 * {@link org.prisonsync.core.operation.Answer} each runner maps to its own status or exit code.
 */
package org.prisonsync.core.operation;
