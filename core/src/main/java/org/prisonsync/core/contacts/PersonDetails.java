package org.prisonsync.core.contacts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What both systems hold of a person (NOMIS {@code ContactPerson}, DPS {@code SyncContact}), as reference codes.
 * Names are required on both sides; every other field may be absent.
 */
public record PersonDetails(String firstName, String lastName, String middleName, LocalDate dateOfBirth,
                            String genderCode, String titleCode, String languageCode, boolean interpreterRequired,
                            String domesticStatusCode, boolean staff, boolean remitter, LocalDate deceasedDate) {
    public PersonDetails {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
    }

    /** A person with names only, the rest absent: tests and the simulator's generated people. */
    public static PersonDetails named(String firstName, String lastName) {
        return new PersonDetails(firstName, lastName, null, null, null, null, null, false, null, false, false, null);
    }
}
