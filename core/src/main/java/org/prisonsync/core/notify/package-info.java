/**
 * Operator alerts: the telemetry events an operator must act on (a duplicate, a reconciliation mismatch, a message
 * dead-lettered, a failed migration entity), posted to a Slack-compatible chat webhook, grouped and rate-limited,
 * each with the ids and the prison-sync command that handles it. Which events alert is declared: by the engines for
 * their own events ({@link org.prisonsync.core.notify.EngineNotifyRules}) and by each domain through the kit.
 */
package org.prisonsync.core.notify;
