package org.prisonsync.core.movements;

/** The two halves of a pair: the DPS domain event and the NOMIS (offender) event. */
public enum Half {
    DOMAIN,
    OFFENDER;

    public Half other() {
        return this == DOMAIN ? OFFENDER : DOMAIN;
    }
}
