package org.sovplan.placement.replica;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** What one lease renewal found: jobs lost to a sweep (or ended meanwhile), and jobs asked to be cancelled. */
public record Renewal(Set<UUID> lost, List<UUID> cancelRequested) {

    /** The renewal of no jobs. */
    public static final Renewal NONE = new Renewal(Set.of(), List.of());

    /**
     * Extends the lease of each running job ({@code extend} answers false when its row is no longer
     * this replica's active job), then asks which of those kept were asked to be cancelled.
     */
    public static <P> Renewal of(Map<UUID, P> running, BiPredicate<UUID, P> extend,
            Function<Set<UUID>, List<UUID>> cancelRequested) {
        Set<UUID> lost = new HashSet<>();
        running.forEach((id, progress) -> {
            if (!extend.test(id, progress)) {
                lost.add(id);
            }
        });
        Set<UUID> kept = new HashSet<>(running.keySet());
        kept.removeAll(lost);
        return new Renewal(lost, kept.isEmpty() ? List.of() : cancelRequested.apply(kept));
    }
}
