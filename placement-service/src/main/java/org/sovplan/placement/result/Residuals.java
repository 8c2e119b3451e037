package org.sovplan.placement.result;

import java.util.HashMap;
import java.util.Map;

import org.sovplan.placement.solver.GridZone;
import org.sovplan.placement.solver.Placement;
import org.sovplan.placement.solver.PlacementSolution;
import org.sovplan.placement.solver.Pool;
import org.sovplan.placement.solver.Site;

/** What is left of each pool, site and zone once a plan's placements are taken out. */
public final class Residuals {

    private final Map<Pool, Integer> gpus = new HashMap<>();
    private final Map<Site, Long> siteKw = new HashMap<>();
    private final Map<GridZone, Long> zoneKw = new HashMap<>();

    public Residuals(PlacementSolution solution) {
        for (Placement p : solution.getPlacements()) {
            if (p.getPool() != null) {
                gpus.merge(p.getPool(), p.gpus(), Integer::sum);
                siteKw.merge(p.site(), p.itKw(), Long::sum);
                zoneKw.merge(p.site().zone(), p.gridKw(), Long::sum);
            }
        }
    }

    public int freeGpus(Pool pool) {
        return pool.availableGpus() - gpus.getOrDefault(pool, 0);
    }

    public long freeItKw(Site site) {
        return site.availableItKw() - siteKw.getOrDefault(site, 0L);
    }

    public long freeGridKw(GridZone zone) {
        return zone.headroomKw() - zoneKw.getOrDefault(zone, 0L);
    }
}
