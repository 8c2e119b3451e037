package org.sovplan.placement.scenario.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A multi-year capacity-expansion problem with every figure resolved: the candidate sites, the
 * accelerator models, the grid zones with their headroom by year, and the demand lines with the
 * GPUs each of their options needs per unit of demand on each model. {@link ExpansionModel} turns
 * it into a mixed-integer linear programme. Years are calendar years, {@code firstYear} to
 * {@code lastYear} inclusive; money is USD of the year it is spent, discounted to {@code firstYear}.
 */
public record ExpansionProblem(int firstYear, int lastYear, double discountRate, List<SiteOption> sites,
        List<ModelOption> models, List<ZoneOption> zones, List<DemandLine> demands, double[] carbonPriceUsdPerTonne,
        Double[] capexBudgetUsd, Lifetimes lifetimes, LeadTimes leadTimes, BuildRates buildRates, Economics economics) {

    public int years() {
        return lastYear - firstYear + 1;
    }

    /** Index of a calendar year (0 for {@code firstYear}). */
    public int index(int year) {
        return year - firstYear;
    }

    /** Discount factor of a year: 1 / (1 + r)^(year - firstYear). */
    public double discount(int yearIndex) {
        return 1 / Math.pow(1 + discountRate, yearIndex);
    }

    /**
     * A site where accelerators and IT MW can be added: an existing or planned site, or a new-site
     * candidate in a zone ({@code candidate}, nothing there yet).
     *
     * @param readyYear first year its existing IT MW and pools serve (a planned site's opening year)
     * @param existingItMw IT MW there from {@code readyYear}
     * @param maxItMw the most IT MW the site can ever hold (its expansion potential)
     * @param existingGpus installed accelerators by model code, serving from {@code readyYear}
     * @param purchasableModels the model codes that may be bought for the site (its class rules);
     *        null when every model may
     */
    public record SiteOption(String key, String name, String zoneCode, double pue, int readyYear, double existingItMw,
            double maxItMw, Map<String, Integer> existingGpus, boolean candidate, Set<String> purchasableModels) {

        /** A site where any model may be bought. */
        public SiteOption(String key, String name, String zoneCode, double pue, int readyYear, double existingItMw,
                double maxItMw, Map<String, Integer> existingGpus, boolean candidate) {
            this(key, name, zoneCode, pue, readyYear, existingItMw, maxItMw, existingGpus, candidate, null);
        }

        /** Whether accelerators of this model may be bought for the site. */
        public boolean purchasable(String modelCode) {
            return purchasableModels == null || purchasableModels.contains(modelCode);
        }
    }

    /** An accelerator model: its price and the IT power one unit draws (TDP × (1 + server overhead)). */
    public record ModelOption(String code, double unitPriceUsd, double itKwPerGpu) {
    }

    /**
     * A grid zone: energy price, lifecycle carbon, the headroom for new load in each year, and the
     * upgrades that may add to it. With no {@code upgrades}, grid MW may be added without limit at
     * the configured unit cost ({@link Economics#gridCapexUsdPerMw}) and the scenario's grid lead time.
     */
    public record ZoneOption(String code, double priceUsdPerMwh, double carbonGPerKwh, double[] headroomMw,
            List<GridUpgrade> upgrades) {

        public ZoneOption(String code, double priceUsdPerMwh, double carbonGPerKwh, double[] headroomMw) {
            this(code, priceUsdPerMwh, carbonGPerKwh, headroomMw, List.of());
        }
    }

    /** A candidate grid upgrade of a zone: at most {@code maxMw} in all, at its capex per MW, serving {@code leadYears} after the decision. */
    public record GridUpgrade(String name, double maxMw, double capexUsdPerMw, int leadYears) {
    }

    /**
     * A line of demand, in units (a workload, or a class of them, at its sized peak): how many units
     * each year, and the options that may serve it (the workload itself, or an acceptable smaller or
     * quantized variant, each with its GPUs per unit by model), at the sites its sovereignty,
     * jurisdiction and latency rules allow.
     *
     * @param loadFactor average share of the year the GPUs draw full power (energy)
     * @param ineligibleReason why no site or model can serve it, when {@code eligibleSites} is empty
     * @param unit what one unit of the line is, in words (e.g. "a 70B bf16 LLM serving 5,000 tokens/s at peak")
     */
    public record DemandLine(String name, double[] units, double loadFactor, List<DemandOption> options,
            Set<String> eligibleSites, String ineligibleReason, String unit) {

        public DemandLine(String name, double[] units, double loadFactor, List<DemandOption> options,
                Set<String> eligibleSites, String ineligibleReason) {
            this(name, units, loadFactor, options, eligibleSites, ineligibleReason, null);
        }

        /** The fewest GPUs one unit needs over every option and model: the basis of the penalty. */
        public double minGpusPerUnit() {
            return options.stream().flatMap(o -> o.gpusPerUnit().values().stream()).mapToDouble(Double::doubleValue)
                    .min().orElse(1);
        }
    }

    /** One way to serve a demand line: the workload itself or a substitute, with GPUs per unit by model. */
    public record DemandOption(String name, Map<String, Double> gpusPerUnit) {
    }

    /** Service lives, years: an asset built for year y serves y .. y + life - 1. */
    public record Lifetimes(int acceleratorYears, int dataCentreYears, int gridYears, int existingAcceleratorYears) {
    }

    /** Whole years between the decision (and its capex) and the first year the asset serves. */
    public record LeadTimes(int acceleratorYears, int dataCentreYears, int gridYears) {
    }

    /** Most that can be added in one year (by the year it comes into service); null means no limit. */
    public record BuildRates(Integer maxGpusPerYear, Double maxItMwPerYear, Double maxGridMwPerYear) {
    }

    /** Unit costs and the penalty that prices unserved demand. */
    public record Economics(double dataCentreCapexUsdPerItMw, double gridCapexUsdPerMw,
            double unservedPenaltyUsdPerGpuYear) {
    }
}
