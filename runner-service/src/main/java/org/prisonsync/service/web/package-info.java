/**
 * The service's HTTP API, one small class per group of routes (health, queue admin, visits, metrics, docs). Each
 * handler translates HTTP to a core call and back; none holds sync logic. Input is read strictly at this edge
 * ({@link org.prisonsync.service.web.JsonBodies} for bodies, {@link org.prisonsync.service.web.QueryParams} for
 * flags) and every error answer is the upstream JSON problem body ({@link org.prisonsync.service.web.ErrorMapping}).
 */
package org.prisonsync.service.web;
