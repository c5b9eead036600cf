/**
 * The one list of installed domains ({@link org.prisonsync.wiring.Domains}) and, one package per domain, the Dagger
 * module that builds the domain from its adapters and contributes it to the set the engine iterates.
 */
package org.prisonsync.wiring;
