package org.sovplan.placement.result;

import java.math.BigDecimal;
import java.util.List;

import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.result.PlanResult.Assumption;

/**
 * The assumptions a plan's figures rest on, each with its value as configured and its source.
 * A figure without a published source says so: it is an illustrative default to replace with
 * local figures (each has a {@code sovplan.placement.*} key).
 */
final class Assumptions {

    private static final String ILLUSTRATIVE = "illustrative default; set ";

    private Assumptions() {
    }

    static List<Assumption> of(PlacementConfig c) {
        var costs = c.costs();
        var sizing = c.sizing();
        var inv = c.investment();
        return List.of(
                a("Carbon price", costs.carbonPriceUsdPerTonne(), "USD per tCO2e",
                        "EU ETS allowance price, order of magnitude in 2024 (ICAP Allowance Price Explorer)"),
                a("Accelerator amortisation", costs.amortisationYears(), "years",
                        "typical straight-line depreciation of data-centre servers (4-6 years in hyperscalers' 10-K filings)"),
                a("Accelerator unit prices", null, "USD per accelerator",
                        "capacity-service catalogue: indicative street prices, marked estimated (vendors publish no list prices)"),
                a("Server overhead", sizing.serverOverhead(), "fraction of accelerator TDP",
                        ILLUSTRATIVE + "sovplan.placement.sizing.server-overhead (CPU, memory, network, fans of a GPU server)"),
                a("Default PUE", sizing.defaultPue(), "",
                        "sizing without a site; sites state their own PUE (Uptime Institute Global Data Center Survey 2023: "
                                + "industry average 1.58)"),
                a("New-site PUE", inv.newSitePue(), "", ILLUSTRATIVE + "sovplan.placement.investment.new-site-pue"),
                a("Inference load factor", sizing.inferenceLoadFactor(), "fraction of sized peak, over a year",
                        ILLUSTRATIVE + "sovplan.placement.sizing.inference-load-factor"),
                a("Training run draw", 1, "fraction of sized power, for the run's days",
                        "a run keeps its accelerators busy for its whole length (sized to finish in its target days)"),
                a("Training-class size", sizing.trainingClassMinParamsBillion(), "billion parameters",
                        "Adam in mixed precision holds 16 B/param (Rajbhandari et al. 2020, ZeRO), beyond one inference card "
                                + "from about 3B: the run is sharded and needs an NVLink/Infinity Fabric fabric"),
                a("Accelerator lead time", inv.gpuLeadTimeDays(), "days",
                        ILLUSTRATIVE + "sovplan.placement.investment.gpu-lead-time-days"),
                a("Data-centre capex", inv.dataCentreCapexUsdPerItMw(), "USD per IT MW",
                        "shell, power and cooling; build-cost surveys put it at about $10M per MW (Cushman & Wakefield, "
                                + "Data Center Development Cost Guide 2024)"),
                a("Site expansion lead time", inv.siteExpansionLeadTimeDays(), "days",
                        ILLUSTRATIVE + "sovplan.placement.investment.site-expansion-lead-time-days"),
                a("New data-centre lead time", inv.newSiteLeadTimeDays(), "days",
                        ILLUSTRATIVE + "sovplan.placement.investment.new-site-lead-time-days"),
                a("Grid upgrade capex", inv.gridUpgradeCapexUsdPerMw(), "USD per MW of headroom",
                        ILLUSTRATIVE + "sovplan.placement.investment.grid-upgrade-capex-usd-per-mw"),
                a("Grid upgrade lead time", inv.gridUpgradeLeadTimeDays(), "days",
                        ILLUSTRATIVE + "sovplan.placement.investment.grid-upgrade-lead-time-days"),
                a("Grid carbon, price and headroom", null, "per zone",
                        "energy-service zones, each with its source; figures marked estimated are flagged per assignment"));
    }

    private static Assumption a(String name, Number value, String unit, String source) {
        String shown = value == null ? "per item"
                : new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        return new Assumption(name, shown, unit, source);
    }
}
