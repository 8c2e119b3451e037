package org.sovplan.placement.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import org.sovplan.placement.scenario.model.ExpansionSolver;

/**
 * The exact repair phase, between construction and local search. Local search alone stalls where
 * placing one more workload first needs another one moved to a dearer site or evicted: each of
 * those steps alone makes the score worse. This phase frees the workloads of a neighbourhood (the
 * workloads placed in one grid zone, in a run of a large zone's sites, or in two zones, plus the
 * unplaced workloads that could run there), re-solves that sub-problem exactly with CP-SAT
 * ({@link RepairModel}: most placed priority, then least soft penalty, within the capacity the
 * rest of the plan leaves), and applies the answer only when it is strictly better. Small problems
 * are re-solved whole first.
 *
 * <p>Deterministic: neighbourhoods in a fixed order, CP-SAT on one worker with a fixed seed and a
 * deterministic-time limit per sub-problem, and a deterministic total budget; the wall clock (the
 * solve's own time limit) only still decides when it ends the phase early, as it does for local search.
 */
public class ExactRepair implements PhaseCommand<PlacementSolution> {

    /**
     * Workload-pool options above which a neighbourhood is split (a zone, into runs of its sites) or
     * cut (the unplaced workloads of least priority left out): CP-SAT would not prove it quickly.
     */
    static final int MAX_OPTIONS = 4_000;

    /** Deterministic-time limit of one sub-problem, CP-SAT's deterministic seconds. */
    static final double SUB_PROBLEM_DETERMINISTIC_SECONDS = 1.0;

    /** Deterministic-time limit of the whole problem, when it is small enough to be one neighbourhood. */
    static final double WHOLE_DETERMINISTIC_SECONDS = 5.0;

    /** Deterministic-time budget of the whole phase; the rest of a solve's time is local search's. */
    static final double TOTAL_DETERMINISTIC_SECONDS = 15.0;

    /** Zones above which pairs of zones are not tried: their number grows with its square. */
    static final int MAX_ZONES_FOR_PAIRS = 40;

    /** Passes over the neighbourhoods; another pass runs only when the last one improved the plan. */
    static final int MAX_PASSES = 3;

    private final int maxOptions;

    public ExactRepair() {
        this(MAX_OPTIONS);
    }

    /** @param maxOptions workload-pool options above which a neighbourhood is split or cut */
    ExactRepair(int maxOptions) {
        this.maxOptions = maxOptions;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<PlacementSolution> scoreDirector, BooleanSupplier isPhaseTerminated) {
        PlacementSolution solution = scoreDirector.getWorkingSolution();
        Loads loads = Loads.of(solution.getPlacements());
        if (!loads.withinLimits()) {
            return;
        }
        ExpansionSolver.loadNatives();
        Candidates candidates = Candidates.of(solution);
        double spent = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            List<Set<Site>> neighbourhoods = neighbourhoods(solution, candidates, maxOptions);
            for (int n = 0; n < neighbourhoods.size(); n++) {
                if (isPhaseTerminated.getAsBoolean() || spent >= TOTAL_DETERMINISTIC_SECONDS
                        || solution.getPlacements().stream().noneMatch(ExactRepair::unplacedWithOptions)) {
                    return;
                }
                boolean whole = n == 0;
                if (whole && pass > 0) {
                    continue;
                }
                Freed freed = candidates.freed(neighbourhoods.get(n), maxOptions);
                if (freed.placements().stream().noneMatch(p -> p.getPool() == null)) {
                    continue;
                }
                RepairModel.Answer answer = new RepairModel(freed.placements(), loads,
                        whole && freed.complete() ? WHOLE_DETERMINISTIC_SECONDS : SUB_PROBLEM_DETERMINISTIC_SECONDS)
                        .solve();
                spent += answer.deterministicSeconds();
                if (answer.better()) {
                    apply(scoreDirector, loads, freed.placements(), answer.pools());
                    improved = true;
                }
                if (whole && freed.complete() && answer.optimal()) {
                    return;
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    private static boolean unplacedWithOptions(Placement p) {
        return !p.isPinned() && p.getPool() == null;
    }

    /**
     * Neighbourhoods as sets of sites: the whole problem, then every zone that can host anything,
     * then every pair of such zones while there are at most {@link #MAX_ZONES_FOR_PAIRS}; each in
     * the order of the solution's zone and site lists. A zone whose neighbourhood holds more than
     * {@code maxOptions} workload-pool options is split into runs of its sites, each as long as it
     * stays within the limit (a site over the limit alone is a run of its own, cut when solved).
     */
    static List<Set<Site>> neighbourhoods(PlacementSolution solution, Candidates candidates, int maxOptions) {
        Map<GridZone, List<Site>> sitesByZone = new LinkedHashMap<>();
        for (Site site : solution.getSites()) {
            if (candidates.hosts(site)) {
                sitesByZone.computeIfAbsent(site.zone(), z -> new ArrayList<>()).add(site);
            }
        }
        List<GridZone> zones = solution.getZones().stream().filter(sitesByZone::containsKey).toList();
        List<Set<Site>> all = new ArrayList<>();
        all.add(new LinkedHashSet<>(zones.stream().flatMap(z -> sitesByZone.get(z).stream()).toList()));
        for (GridZone zone : zones) {
            all.addAll(split(sitesByZone.get(zone), candidates, maxOptions));
        }
        if (zones.size() > MAX_ZONES_FOR_PAIRS) {
            return all;
        }
        for (int i = 0; i < zones.size(); i++) {
            for (int j = i + 1; j < zones.size(); j++) {
                Set<Site> pair = new LinkedHashSet<>(sitesByZone.get(zones.get(i)));
                pair.addAll(sitesByZone.get(zones.get(j)));
                all.add(pair);
            }
        }
        return all;
    }

    /** The sites of one zone in runs that each stay within the option limit. */
    private static List<Set<Site>> split(List<Site> sites, Candidates candidates, int maxOptions) {
        List<Set<Site>> runs = new ArrayList<>();
        Set<Site> run = new LinkedHashSet<>();
        for (Site site : sites) {
            Set<Site> longer = new LinkedHashSet<>(run);
            longer.add(site);
            if (run.isEmpty() || candidates.options(longer) <= maxOptions) {
                run = longer;
            } else {
                runs.add(run);
                run = new LinkedHashSet<>(Set.of(site));
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * The workloads a neighbourhood frees.
     *
     * @param complete whether every workload placed there and every unplaced one that could run there is in
     */
    record Freed(List<Placement> placements, boolean complete) {
    }

    /** Which workloads have a candidate at each site: fixed for a solve, so indexed once. */
    static final class Candidates {
        private final Map<Site, List<Placement>> bySite = new LinkedHashMap<>();

        static Candidates of(PlacementSolution solution) {
            Candidates candidates = new Candidates();
            for (Placement p : solution.getPlacements()) {
                if (p.isPinned()) {
                    continue;
                }
                Set<Site> sites = new LinkedHashSet<>();
                p.getCandidatePools().forEach(pool -> sites.add(pool.site()));
                sites.forEach(site -> candidates.bySite.computeIfAbsent(site, k -> new ArrayList<>()).add(p));
            }
            return candidates;
        }

        boolean hosts(Site site) {
            return bySite.containsKey(site);
        }

        /** The workloads placed on the sites and the unplaced ones that could run there, in index order. */
        private Set<Placement> all(Set<Site> sites) {
            Set<Placement> all = new LinkedHashSet<>();
            for (Site site : sites) {
                for (Placement p : bySite.getOrDefault(site, List.of())) {
                    if (p.getPool() == null || sites.contains(p.site())) {
                        all.add(p);
                    }
                }
            }
            return all;
        }

        /** Workload-pool options of the neighbourhood, uncut. */
        int options(Set<Site> sites) {
            return all(sites).stream().mapToInt(p -> p.getCandidatePools().size()).sum();
        }

        /**
         * The workloads placed on the sites, and the unplaced ones that could run there, most
         * priority first, as many as stay within {@code maxOptions} (the placed ones count first).
         */
        Freed freed(Set<Site> sites, int maxOptions) {
            List<Placement> placed = new ArrayList<>();
            List<Placement> unplaced = new ArrayList<>();
            for (Placement p : all(sites)) {
                (p.getPool() == null ? unplaced : placed).add(p);
            }
            int options = placed.stream().mapToInt(p -> p.getCandidatePools().size()).sum();
            if (options > maxOptions) {
                return new Freed(placed, false);
            }
            unplaced.sort(Comparator.comparingInt(Placement::getPriority).reversed());
            List<Placement> freed = new ArrayList<>(placed);
            boolean complete = true;
            for (Placement p : unplaced) {
                int more = p.getCandidatePools().size();
                if (options + more <= maxOptions) {
                    freed.add(p);
                    options += more;
                } else {
                    complete = false;
                }
            }
            return new Freed(freed, complete);
        }
    }

    private static void apply(ScoreDirector<PlacementSolution> scoreDirector, Loads loads, List<Placement> freed,
            Map<Placement, Pool> pools) {
        for (Placement p : freed) {
            Pool to = pools.get(p);
            if (to == p.getPool()) {
                continue;
            }
            loads.remove(p);
            scoreDirector.beforeVariableChanged(p, "pool");
            p.setPool(to);
            scoreDirector.afterVariableChanged(p, "pool");
            loads.add(p);
        }
        scoreDirector.triggerVariableListeners();
    }

    /** GPUs per pool, IT watts per site and grid watts per zone the current plan uses. */
    static final class Loads {
        final Map<Pool, Long> gpus = new LinkedHashMap<>();
        final Map<Site, Long> itWatts = new LinkedHashMap<>();
        final Map<GridZone, Long> gridWatts = new LinkedHashMap<>();

        static Loads of(List<Placement> placements) {
            Loads loads = new Loads();
            placements.forEach(loads::add);
            return loads;
        }

        void add(Placement p) {
            change(p, 1);
        }

        void remove(Placement p) {
            change(p, -1);
        }

        private void change(Placement p, int sign) {
            Candidate c = p.candidate();
            if (c == null) {
                return;
            }
            gpus.merge(c.pool(), (long) sign * c.gpus(), Long::sum);
            itWatts.merge(c.pool().site(), sign * c.itWatts(), Long::sum);
            gridWatts.merge(c.pool().site().zone(), sign * c.gridWatts(), Long::sum);
        }

        boolean withinLimits() {
            return gpus.entrySet().stream().allMatch(e -> e.getValue() <= e.getKey().availableGpus())
                    && itWatts.entrySet().stream().allMatch(e -> e.getValue() <= e.getKey().availableItWatts())
                    && gridWatts.entrySet().stream().allMatch(e -> e.getValue() <= e.getKey().headroomWatts());
        }
    }
}
