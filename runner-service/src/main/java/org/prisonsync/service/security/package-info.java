/**
 * Inbound security: bearer JWTs verified against the auth server's keys (JWKS) and the upstream role each group of
 * endpoints requires. Health, info, metrics and the API documents stay open, as upstream's do.
 */
package org.prisonsync.service.security;
