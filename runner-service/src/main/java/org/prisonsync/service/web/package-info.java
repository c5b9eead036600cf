/**
 * The service's HTTP API, one small class per group of routes (health, queue admin, visits, metrics, docs). Each
 * handler translates HTTP to a core call and back; none holds sync logic.
 */
package org.prisonsync.service.web;
