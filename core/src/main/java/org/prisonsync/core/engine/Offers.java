package org.prisonsync.core.engine;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the installed domains offer each other ({@link org.prisonsync.core.kit.DomainKit#offer}), by interface: one
 * domain per interface, each an interface of the shared package {@code org.prisonsync.core.offers}.
 */
final class Offers {
    static final String SHARED_PACKAGE = "org.prisonsync.core.offers";

    private record Offer(String domain, Object service) {
    }

    private final Map<Class<?>, Offer> offered = new ConcurrentHashMap<>();

    <T> void offer(String domain, Class<T> type, T service) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(service, "service");
        if (!type.isInterface() || !SHARED_PACKAGE.equals(type.getPackageName())) {
            throw new IllegalStateException("domain " + domain + " offers " + type.getName() + ", which is not an "
                    + "interface of " + SHARED_PACKAGE + ": no domain may import another's types");
        }
        Offer other = offered.putIfAbsent(type, new Offer(domain, service));
        if (other != null) {
            throw new IllegalStateException(type.getSimpleName() + " is offered by both " + other.domain() + " and "
                    + domain);
        }
    }

    <T> Optional<T> find(Class<T> type) {
        Offer offer = offered.get(type);
        return offer == null ? Optional.empty() : Optional.of(type.cast(offer.service()));
    }
}
