package org.prisonsync.core.mapping;

/** What a create finds before it writes the target ({@link MappingStore#claimUnlessMapped}). */
public sealed interface CreateClaim {

    /** The entity is mapped already (a redelivery, or another consumer finished first); no claim is held. */
    record Mapped() implements CreateClaim {
    }

    /**
     * Not mapped, looked up after the claim was taken: {@code Fresh} or {@code Resumed} (write the target), or
     * {@code HeldElsewhere} (another consumer is writing it).
     */
    record Claimed(ClaimResult claim) implements CreateClaim {
    }

    CreateClaim MAPPED = new Mapped();

    /**
     * The second half of a create's check, after {@code claim} was asked for: a claim taken is the moment to look
     * again, because its previous holder may have saved the mapping (and released) since the first look. Mapped then
     * completes the claim, which nothing needs any more.
     */
    static CreateClaim lookAgainUnder(ClaimResult claim, MappedId id, MappingStore store, WriteClaims claims,
                                      ClaimKey key) {
        if (!(claim instanceof ClaimResult.HeldElsewhere) && id.findIn(store).isPresent()) {
            claims.complete(key);
            return MAPPED;
        }
        return new Claimed(claim);
    }
}
