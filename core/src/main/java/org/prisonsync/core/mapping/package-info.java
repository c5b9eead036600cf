/**
 * The one mapping model every domain shares: NOMIS id ⇄ DPS id per entity type, with the prisoner, mapping type
 * and label (migration id); the store that keeps them unique on both sides; and the write claims that stop two
 * consumers creating the same entity twice.
 */
package org.prisonsync.core.mapping;
