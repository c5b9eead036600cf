package org.prisonsync.core.message;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A DPS (HMPPS) domain event: {@code eventType}, {@code version}, {@code occurredAt}, {@code description},
 * {@code detailUrl}, {@code additionalInformation}, the prisoner from {@code personReference.identifiers[type=NOMS]}
 * or, for visit events, the top-level {@code prisonerId}. A prisoner number, when present, must have NOMIS's shape.
 * The personal relationships API names the contact an event concerns in {@code personReference.identifiers} too
 * ({@code type DPS_CONTACT_ID}), and some of its events only there, so that value is kept as sent
 * ({@link #dpsContactId}); its reader checks it, as it does {@code additionalInformation}'s.
 */
public record DomainEvent(String eventType, String version, String occurredAt, String description, String detailUrl,
                          Map<String, Object> additionalInformation, Optional<String> prisonerNumber,
                          Optional<String> dpsContactId) {

    /** An event naming no contact in its {@code personReference}. */
    public DomainEvent(String eventType, String version, String occurredAt, String description, String detailUrl,
                       Map<String, Object> additionalInformation, Optional<String> prisonerNumber) {
        this(eventType, version, occurredAt, description, detailUrl, additionalInformation, prisonerNumber,
                Optional.empty());
    }

    public DomainEvent {
        dpsContactId = Objects.requireNonNullElse(dpsContactId, Optional.empty());
        Objects.requireNonNull(eventType, "eventType");
        additionalInformation = Map.copyOf(Objects.requireNonNullElse(additionalInformation, Map.of()));
    }

    public static DomainEvent from(Map<String, Object> json) {
        return new DomainEvent(
                JsonFields.requireString(json, "eventType"),
                JsonFields.string(json, "version").orElse(null),
                JsonFields.string(json, "occurredAt").orElse(null),
                JsonFields.string(json, "description").orElse(null),
                JsonFields.string(json, "detailUrl").orElse(null),
                JsonFields.object(json, "additionalInformation"),
                nomsNumber(json),
                identifier(json, "DPS_CONTACT_ID"));
    }

    /** A value of {@code additionalInformation}, e.g. {@code reference}, {@code source}. */
    public Optional<String> info(String key) {
        return JsonFields.string(additionalInformation, key);
    }

    public String requireInfo(String key) {
        return info(key).orElseThrow(
                () -> new InvalidMessageException("missing field 'additionalInformation." + key + "'"));
    }

    /** A text id of {@code additionalInformation} (a visit reference, an alert uuid), checked by {@link Ids}. */
    public String requireInfoId(String key) {
        return Ids.requireTextId(requireInfo(key), "additionalInformation." + key);
    }

    /** A prisoner number of {@code additionalInformation} ({@code nomsNumber} …), checked by {@link Ids}. */
    public String requireInfoPrisoner(String key) {
        return Ids.requirePrisonerNumber(requireInfo(key), "additionalInformation." + key);
    }

    /** True when the event reports a change that NOMIS made (and we synchronised into DPS): an echo to skip. */
    public boolean originatesInNomis() {
        return info("source").map("NOMIS"::equalsIgnoreCase).orElse(false);
    }

    /** {@code occurredAt}, an ISO offset date-time (as upstream writes it: {@code 2026-02-01T10:00:00Z}). */
    public OffsetDateTime requireOccurredAt() {
        if (occurredAt == null) {
            throw new InvalidMessageException("missing field 'occurredAt'");
        }
        try {
            return OffsetDateTime.parse(occurredAt);
        } catch (DateTimeParseException e) {
            throw new InvalidMessageException("field 'occurredAt' is not a date-time with an offset: "
                    + Ids.quote(occurredAt));
        }
    }

    public String requirePrisonerNumber() {
        return prisonerNumber.orElseThrow(
                () -> new InvalidMessageException("missing prisoner: neither prisonerId nor personReference NOMS"));
    }

    /** The value of the first {@code personReference.identifiers} entry of that type, unchecked. */
    private static Optional<String> identifier(Map<String, Object> json, String type) {
        for (Object id : JsonFields.list(json, "personReference.identifiers")) {
            if (id instanceof Map<?, ?> m && type.equals(String.valueOf(m.get("type"))) && m.get("value") != null) {
                return Optional.of(String.valueOf(m.get("value")));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nomsNumber(Map<String, Object> json) {
        Optional<String> top = JsonFields.string(json, "prisonerId");
        if (top.isPresent()) {
            return Optional.of(Ids.requirePrisonerNumber(top.get(), "prisonerId"));
        }
        for (Object id : JsonFields.list(json, "personReference.identifiers")) {
            if (id instanceof Map<?, ?> m && "NOMS".equals(String.valueOf(m.get("type"))) && m.get("value") != null) {
                return Optional.of(Ids.requirePrisonerNumber(String.valueOf(m.get("value")),
                        "personReference.identifiers[NOMS].value"));
            }
        }
        return Optional.empty();
    }
}
