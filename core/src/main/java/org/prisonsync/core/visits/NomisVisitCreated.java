package org.prisonsync.core.visits;

/** NOMIS's answer to a visit create: the new id, or (409) the id of the visit it already has for the same booking. */
public record NomisVisitCreated(long visitId, boolean alreadyExisted) {
}
