/**
 * Inbound security: bearer JWTs verified against the auth server's keys (JWKS), its issuer and their time claims,
 * and the one table ({@link org.prisonsync.service.security.Roles}) of the paths open without a token and the
 * upstream role each group of endpoints requires. Health, info, metrics and the API documents stay open, as
 * upstream's do; any other path is refused unless the table gives it a role.
 */
package org.prisonsync.service.security;
