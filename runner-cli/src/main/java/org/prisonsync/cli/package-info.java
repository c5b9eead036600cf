/**
 * The picocli command line: the same operations as the service's API (DLQ, mappings, visit repairs), built from the
 * same configuration and Dagger modules, so a command and an endpoint run the very same core code.
 */
package org.prisonsync.cli;
