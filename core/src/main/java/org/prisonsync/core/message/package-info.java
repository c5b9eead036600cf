/**
 * The inbound and outbound message model: the SNS envelope ({@link org.prisonsync.core.message.Notification}), internal
 * messages such as {@code RETRY_CREATE_MAPPING}, undecodable bodies, and typed views of the DPS domain event and the
 * NOMIS offender event, and {@link org.prisonsync.core.message.Ids}, the one strict reading of ids from outside input.
 * JSON is held as plain maps so that core needs no JSON library: adapters decode and encode.
 */
package org.prisonsync.core.message;
