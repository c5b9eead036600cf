/**
 * Non-associations to NOMIS (one way): the DPS non-associations API and NOMIS's non-association endpoints, one port
 * per party ({@link org.prisonsync.core.nonassociations.NonAssociationsDpsApi},
 * {@link org.prisonsync.core.nonassociations.NonAssociationsNomisApi}); the handlers of
 * {@code non-associations.created|amended|closed|deleted} on the shared create and update flows; the merge and
 * booking-moved handling, which re-keys the mappings and settles a merge where both prisoners held a non-association
 * with the same third party; the reconciliation of NOMIS and DPS pairs and its repairs; and the domain's plug-in
 * ({@link org.prisonsync.core.nonassociations.NonAssociationsDomain}).
 */
package org.prisonsync.core.nonassociations;
