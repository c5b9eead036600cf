package org.prisonsync.core.alerts;

import java.util.List;
import java.util.Set;
import org.prisonsync.core.mapping.Mapping;

/**
 * Replaces every mapping of some prisoners at once (mapping service {@code PUT /mapping/alerts/{offenderNo}/all} and
 * {@code …/merge}): what a prisoner-level resync needs, since the DPS ids all change together.
 *
 * <p>Contract: atomic. Every mapping of {@code entityType} whose prisoner is in {@code prisoners} is removed and
 * {@code mappings} are saved, or, when one of the new pairs collides on either side with a mapping that is not being
 * removed, nothing changes and the collision is returned. Replacing with the same set again is a no-op in effect.
 * Store failures throw {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface PrisonerMappings {

    MappingReplacement replace(String entityType, Set<String> prisoners, List<Mapping> mappings);
}
