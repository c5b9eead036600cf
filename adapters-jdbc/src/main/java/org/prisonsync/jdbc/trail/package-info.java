/** The event trail on H2 and PostgreSQL ({@code event_trail}, migration V6). */
package org.prisonsync.jdbc.trail;
