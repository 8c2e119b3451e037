package org.sovplan.placement.result;

import java.util.HashMap;
import java.util.Map;

import org.sovplan.placement.solver.GridZone;
import org.sovplan.placement.solver.Placement;
import org.sovplan.placement.solver.PlacementSolution;
import org.sovplan.placement.solver.Pool;
import org.sovplan.placement.solver.Site;

/** What is left of each pool, site and zone once a plan's placements are taken out; power in watts. */
public final class Residuals {

    private final Map<Pool, Integer> gpus = new HashMap<>();
    private final Map<Site, Long> siteWatts = new HashMap<>();
    private final Map<GridZone, Long> zoneWatts = new HashMap<>();

    public Residuals(PlacementSolution solution) {
        for (Placement p : solution.getPlacements()) {
            if (p.getPool() != null) {
                gpus.merge(p.getPool(), p.gpus(), Integer::sum);
                siteWatts.merge(p.site(), p.itWatts(), Long::sum);
                zoneWatts.merge(p.site().zone(), p.gridWatts(), Long::sum);
            }
        }
    }

    public int freeGpus(Pool pool) {
        return pool.availableGpus() - gpus.getOrDefault(pool, 0);
    }

    public long freeItWatts(Site site) {
        return site.availableItWatts() - siteWatts.getOrDefault(site, 0L);
    }

    public long freeGridWatts(GridZone zone) {
        return zone.headroomWatts() - zoneWatts.getOrDefault(zone, 0L);
    }
}
