package org.prisonsync.core.testing;

import java.util.List;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.ForwardingMappingStore;
import org.prisonsync.core.mapping.MappingStore;

/** A mapping store whose first {@code k} saves fail as an unreachable mapping service would; reads always work. */
public final class FailingMappingStore extends ForwardingMappingStore {
    private final AtomicInteger failuresLeft;
    private final AtomicInteger failed = new AtomicInteger();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

    public FailingMappingStore(MappingStore delegate, int failFirstSaves) {
        super(delegate);
        this.failuresLeft = new AtomicInteger(failFirstSaves);
    }

    @Override
    public MappingSaveResult save(Mapping mapping) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            failed.incrementAndGet();
            throw new UpstreamUnavailable("mapping service unavailable (503)");
        }
        return delegate.save(mapping);
    }

    /** Records each batch's size; the port's default then saves each mapping through {@link #save}. */
    @Override
    public List<MappingSaveResult> saveAll(List<Mapping> mappings) {
        batchSizes.add(mappings.size());
        return super.saveAll(mappings);
    }

    /** The size of every {@link #saveAll} batch so far, in order. */
    public List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }

    public int failedSaves() {
        return failed.get();
    }
}
