package org.sovplan.placement.plan;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.sovplan.placement.problem.PlanningInputs;
import org.sovplan.placement.problem.PlanningInputs.PoolInput;
import org.sovplan.placement.problem.PlanningInputs.SiteInput;

/**
 * Re-planning over committed plans: which selected workloads hold reservations now, and, for
 * workloads a plan may move, capacity-service's figures with what they hold counted as free (the
 * commit releases it before reserving their new places, so it is theirs to reuse).
 */
final class HeldCapacity {

    private HeldCapacity() {
    }

    /** The reservations committed plans hold for these workloads, marked PINNED or MOVED for this plan. */
    static List<PlanDto.Held> holdings(CommitLedger ledger, Collection<UUID> workloadIds,
            PlanDto.CommittedWorkloads mode) {
        String disposition = mode == PlanDto.CommittedWorkloads.MOVE ? "MOVED" : "PINNED";
        return ledger.holdings(workloadIds, disposition).values().stream()
                .sorted(java.util.Comparator.comparing(PlanDto.Held::workloadId)).toList();
    }

    /** The inputs with the GPUs and IT power of {@code held} added back to their sites and pools. */
    static PlanningInputs countedAsFree(PlanningInputs inputs, List<PlanDto.Held> held) {
        if (held.isEmpty()) {
            return inputs;
        }
        List<SiteInput> sites = inputs.sites().stream().map(site -> freed(site, held)).toList();
        return new PlanningInputs(sites, inputs.models(), inputs.zones(), inputs.userRegions());
    }

    private static SiteInput freed(SiteInput site, List<PlanDto.Held> held) {
        List<PlanDto.Held> here = held.stream().filter(h -> h.siteId().equals(site.id())).toList();
        if (here.isEmpty()) {
            return site;
        }
        BigDecimal itMw = here.stream().map(PlanDto.Held::itMw).reduce(BigDecimal.valueOf(site.availableItMw()),
                BigDecimal::add);
        List<PoolInput> pools = site.pools().stream().map(pool -> new PoolInput(pool.modelCode(), pool.installed(),
                Math.min(pool.installed(), pool.available() + here.stream()
                        .filter(h -> h.modelCode().equals(pool.modelCode())).mapToInt(PlanDto.Held::gpus).sum())))
                .toList();
        return new SiteInput(site.id(), site.name(), site.regionCode(), site.jurisdiction(), site.sovereigntyLevel(),
                site.type(), site.status(), site.availableFrom(), itMw.doubleValue(), site.pue(), site.gridZoneCode(), site.lat(),
                site.lon(), pools);
    }
}
