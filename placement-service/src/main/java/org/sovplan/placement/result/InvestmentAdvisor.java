package org.sovplan.placement.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.problem.CandidateReport;
import org.sovplan.placement.result.PlanResult.InvestmentOption;
import org.sovplan.placement.result.PlanResult.Shortfall;
import org.sovplan.placement.sizing.AcceleratorSpec;
import org.sovplan.placement.sizing.SizingResult;
import org.sovplan.placement.solver.Candidate;

/**
 * Turns each unplaced workload's gap into shortfalls and investment options. At its best
 * option: missing GPUs where IT power suffices → buy accelerators (GPUs × unit price);
 * missing IT power → build data-centre capacity (IT MW × capex per MW + GPUs × unit price);
 * missing grid headroom → a grid upgrade (MW × capex per MW). With no eligible site at all → a
 * new site in the workload's home jurisdiction.
 */
public class InvestmentAdvisor {

    private final PlacementConfig.Investment config;
    private final Map<String, AcceleratorSpec> models;
    private final Map<String, Shortfall> shortfalls = new LinkedHashMap<>();
    private final Map<String, InvestmentOption> options = new LinkedHashMap<>();

    public InvestmentAdvisor(PlacementConfig.Investment config, Map<String, AcceleratorSpec> models) {
        this.config = config;
        this.models = models;
    }

    /** Records the gap of one unplaced workload, given its best option (null when none qualifies). */
    public void add(CandidateReport report, Candidate best, Residuals residuals) {
        UUID id = report.workload().id();
        if (best == null) {
            newSite(report, id);
            return;
        }
        var pool = best.pool();
        var site = pool.site();
        boolean competing = report.hasCandidates();
        int freeGpus = competing ? residuals.freeGpus(pool) : pool.availableGpus();
        long freeIt = competing ? residuals.freeItKw(site) : site.availableItKw();
        long freeGrid = competing ? residuals.freeGridKw(site.zone()) : site.zone().headroomKw();
        int gpus = Math.max(0, best.gpus() - Math.max(0, freeGpus));
        double itMw = Math.max(0, best.itKw() - Math.max(0, freeIt)) / 1000.0;
        double gridMw = Math.max(0, best.gridKw() - Math.max(0, freeGrid)) / 1000.0;
        shortfall(site.regionCode(), site.zone().code(), pool.modelCode(), gpus, itMw, gridMw, id);
        double price = models.containsKey(pool.modelCode()) ? models.get(pool.modelCode()).priceUsd() : 0;
        if (itMw > 0) {
            option("NEW_SITE", site.regionCode(), site.zone().code(), null, null, pool.modelCode(), best.gpus(),
                    best.itKw() / 1000.0, null, best.itKw() / 1000.0 * config.dataCentreCapexUsdPerItMw()
                            + best.gpus() * price, config.newSiteLeadTimeDays());
        } else if (gpus > 0) {
            option("ADD_ACCELERATORS", site.regionCode(), site.zone().code(), site.id(), site.name(),
                    pool.modelCode(), gpus, null, null, gpus * price, config.gpuLeadTimeDays());
        }
        if (gridMw > 0) {
            option("GRID_UPGRADE", site.regionCode(), site.zone().code(), null, null, null, null, null, gridMw,
                    gridMw * config.gridUpgradeCapexUsdPerMw(), config.gridUpgradeLeadTimeDays());
        }
    }

    private void newSite(CandidateReport report, UUID id) {
        SizingResult s = report.newBuild();
        if (s == null) {
            return;
        }
        String region = report.workload().homeJurisdiction();
        double gridMw = s.itMw() * config.newSitePue();
        shortfall(region, null, s.acceleratorModel(), s.gpus(), s.itMw(), gridMw, id);
        double price = models.get(s.acceleratorModel()).priceUsd();
        option("NEW_SITE", region, null, null, null, s.acceleratorModel(), s.gpus(), s.itMw(), gridMw,
                s.itMw() * config.dataCentreCapexUsdPerItMw() + s.gpus() * price, config.newSiteLeadTimeDays());
    }

    private void shortfall(String region, String zone, String model, int gpus, double itMw, double gridMw, UUID id) {
        shortfalls.merge(region + "|" + zone + "|" + model,
                new Shortfall(region, zone, model, gpus, itMw, gridMw, List.of(id)),
                (a, b) -> new Shortfall(region, zone, model, a.gpus() + b.gpus(), a.itMw() + b.itMw(),
                        a.gridMw() + b.gridMw(), concat(a.workloadIds(), b.workloadIds())));
    }

    private void option(String kind, String region, String zone, UUID siteId, String siteName, String model,
            Integer gpus, Double itMw, Double gridMw, double capex, int leadDays) {
        String key = kind + "|" + region + "|" + zone + "|" + siteId + "|" + model;
        InvestmentOption fresh = new InvestmentOption(kind, region, zone, siteId, siteName, model, gpus, itMw, gridMw,
                capex, leadDays, null);
        options.merge(key, fresh, (a, b) -> new InvestmentOption(kind, region, zone, siteId, siteName, model,
                sum(a.gpus(), b.gpus()), sum(a.itMw(), b.itMw()), sum(a.gridMw(), b.gridMw()),
                a.capexUsd() + b.capexUsd(), leadDays, null));
    }

    public List<Shortfall> shortfalls() {
        return shortfalls.values().stream().map(s -> new Shortfall(s.regionCode(), s.gridZoneCode(),
                s.acceleratorModel(), s.gpus(), round3(s.itMw()), round3(s.gridMw()), s.workloadIds())).toList();
    }

    public List<InvestmentOption> options() {
        List<InvestmentOption> described = new ArrayList<>();
        for (InvestmentOption o : options.values()) {
            described.add(new InvestmentOption(o.kind(), o.regionCode(), o.gridZoneCode(), o.siteId(), o.siteName(),
                    o.acceleratorModel(), o.gpus(), round3(o.itMw()), round3(o.gridMw()), Math.round(o.capexUsd()),
                    o.leadTimeDays(), describe(o)));
        }
        return described;
    }

    private static String describe(InvestmentOption o) {
        return switch (o.kind()) {
            case "ADD_ACCELERATORS" -> "add " + o.gpus() + " " + o.acceleratorModel() + " at " + o.siteName()
                    + ", where power exists";
            case "GRID_UPGRADE" -> String.format(Locale.ROOT, "upgrade grid zone %s by %.1f MW", o.gridZoneCode(),
                    o.gridMw());
            default -> String.format(Locale.ROOT, "build %.2f MW of IT capacity in %s%s with %d %s", o.itMw(),
                    o.regionCode(), o.gridZoneCode() == null ? "" : " (zone " + o.gridZoneCode() + ")", o.gpus(),
                    o.acceleratorModel());
        };
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null ? b : b == null ? a : a + b;
    }

    private static Double sum(Double a, Double b) {
        return a == null ? b : b == null ? a : a + b;
    }

    private static Double round3(Double v) {
        return v == null ? null : Math.round(v * 1000) / 1000.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
