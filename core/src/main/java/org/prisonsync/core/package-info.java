/**
 * prison-sync's framework-free core: the exception root here, and one package per engine
 * ({@code message}, {@code queue}, {@code mapping}, {@code sync}, {@code telemetry}, {@code repair}) and per domain
 * ({@code visits}, …). Depends on the JDK and slf4j-api only; adapters implement its ports.
 */
package org.prisonsync.core;
