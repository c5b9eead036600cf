/**
 * Contacts (DPS personal relationships) both ways, as a plug-in on the domain kit. The two systems name the same
 * things differently: a NOMIS <em>person</em> is a DPS <em>contact</em> and shares its id (one primary key on both
 * sides), and a NOMIS <em>contact</em> (a person's relationship to a prisoner) is a DPS <em>prisoner contact</em>
 * with an id of its own on each side. Built so far: persons, prisoner contacts,
 * a person's addresses (and their phones), emails, phones, identities, employments and restrictions, and a
 * relationship's restrictions ({@link org.prisonsync.core.contacts.ChildKind}, one generic flow); a prisoner's
 * restrictions are not built yet.
 */
package org.prisonsync.core.contacts;
