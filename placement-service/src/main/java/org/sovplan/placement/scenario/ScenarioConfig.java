package org.sovplan.placement.scenario;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The assumptions and limits of scenarios, under {@code sovplan.placement.scenarios.*}; a
 * scenario may override lifetimes, lead times and build rates. Unit costs of data centres and grid
 * and the new-site PUE are those of {@code sovplan.placement.investment.*}.
 */
@ConfigMapping(prefix = "sovplan.placement.scenarios")
public interface ScenarioConfig {

    /** Service life of accelerators, years (typical depreciation of data-centre GPUs). */
    @WithDefault("5")
    int acceleratorLifetimeYears();

    /** Where the accelerator lifetime comes from. */
    @WithDefault("5-year straight-line depreciation of AI servers in hyperscaler filings (2022-2024)")
    String acceleratorLifetimeSource();

    /** Service life of a data-centre shell with power and cooling, years. */
    @WithDefault("20")
    int dataCentreLifetimeYears();

    /** Where the data-centre lifetime comes from. */
    @WithDefault("Uptime Institute: data-centre facilities are designed for 15-20 years")
    String dataCentreLifetimeSource();

    /** Service life of grid connection and transmission assets, years. */
    @WithDefault("30")
    int gridLifetimeYears();

    /** Where the grid lifetime comes from. */
    @WithDefault("IEA: transmission assets last 30-40 years and more")
    String gridLifetimeSource();

    /** Years the accelerators installed today keep serving (about half a lifetime: their age is not recorded). */
    @WithDefault("3")
    int existingAcceleratorYears();

    /** Whole years from ordering accelerators (and paying) to their first year of service. */
    @WithDefault("0")
    int acceleratorLeadYears();

    /** Whole years from deciding a data-centre build to its first year of service. */
    @WithDefault("2")
    int dataCentreLeadYears();

    /** Whole years from deciding a grid upgrade to its first year of service. */
    @WithDefault("2")
    int gridLeadYears();

    /** Value of lost service: penalty per GPU-year of unserved demand, USD (docs/scenarios.md). */
    @WithDefault("250000")
    double unservedPenaltyUsdPerGpuYear();

    /** Average share of a year that GPUs serving training draw full power (energy of training lines). */
    @WithDefault("0.9")
    double trainingLoadFactor();

    /** Largest IT MW a new-site candidate may grow to. */
    @WithDefault("50")
    double newSiteMaxItMw();

    /** Sovereignty level (SEAL number) of a new site built by the region. */
    @WithDefault("3")
    int newSiteSealLevel();

    /** Longest horizon, years. */
    @WithDefault("30")
    int maxYears();

    /** Most demand lines in one scenario. */
    @WithDefault("1000")
    int maxDemandLines();

    /** Time limit of a run that names none, seconds. */
    @WithDefault("60")
    int defaultTimeLimitSeconds();

    /** Longest time limit a run may ask for, seconds. */
    @WithDefault("600")
    int maxTimeLimitSeconds();

    /** Relative optimality gap at which the solver stops (0.005 = 0.5 %). */
    @WithDefault("0.005")
    double relativeGap();

    /** Runs queued or solving at once on this replica; one more is refused with 429. */
    @WithDefault("6")
    int queueCapacity();

    /** Runs solved at the same time on this replica (the others wait in the queue). */
    @WithDefault("1")
    int parallelSolves();
}
