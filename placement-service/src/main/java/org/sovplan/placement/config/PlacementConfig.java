package org.sovplan.placement.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every assumption of sizing, costing, the latency model, investments and the solver, under
 * {@code sovplan.placement.*}. Each can be set from the environment, e.g.
 * {@code SOVPLAN_PLACEMENT_COSTS_CARBON_PRICE_USD_PER_TONNE=100}.
 */
@ConfigMapping(prefix = "sovplan.placement")
public interface PlacementConfig {

    Sizing sizing();

    Latency latency();

    Costs costs();

    Investment investment();

    Solver solver();

    Plans plans();

    Replica replica();

    Commits commits();

    /** Assumptions of the sizing formulas. */
    interface Sizing {
        /** Power drawn per accelerator beyond its TDP (CPU, memory, network, fans), as a fraction of TDP. */
        @WithDefault("0.5")
        double serverOverhead();

        /** Accelerator memory for KV cache, activations and runtime on top of the weights, as a fraction of them. */
        @WithDefault("0.2")
        double kvOverheadFraction();

        /** Sequences decoded together per replica (continuous batching); each decode step reads the weights once for all. */
        @WithDefault("16")
        int decodeBatchSize();

        /** Fraction of peak memory bandwidth that decoding achieves. */
        @WithDefault("0.6")
        double bandwidthUtilisation();

        /** Fraction of peak compute that serving achieves (caps batched decode throughput). */
        @WithDefault("0.3")
        double inferenceMfu();

        /** Model FLOPs utilisation assumed for training when a workload states none. */
        @WithDefault("0.4")
        double defaultTrainingMfu();

        /** Accelerator memory per parameter when training with Adam in mixed precision (ZeRO, Rajbhandari et al. 2020). */
        @WithDefault("16")
        double trainingBytesPerParam();

        /** Average inference load as a fraction of the sized peak (annualised energy). */
        @WithDefault("0.6")
        double inferenceLoadFactor();

        /**
         * Training and fine-tuning of models at least this large (billions of parameters) need
         * training-class accelerators: their Adam state (16 B/param) outgrows one inference card
         * (48 GB at 3B), so the run is sharded and exchanges state every step over the accelerator fabric.
         */
        @WithDefault("3")
        double trainingClassMinParamsBillion();

        /** PUE used by offline sizing when no site is named. */
        @WithDefault("1.4")
        double defaultPue();
    }

    /** The latency model: round trip over fibre between the users' region centroid and a site. */
    interface Latency {
        /** Speed of light in fibre, km per millisecond (about two thirds of c). */
        @WithDefault("200")
        double fibreKmPerMs();

        /** Ratio of fibre route length to great-circle distance. */
        @WithDefault("1.5")
        double routeFactor();

        /** Fixed overhead per round trip (last mile, switching, serving front end), ms. */
        @WithDefault("5")
        double fixedOverheadMs();
    }

    /** How cost, carbon, latency and sovereignty are weighed in one soft score (USD-equivalent per year). */
    interface Costs {
        /** Years over which accelerator purchase prices are amortised in the yearly cost. */
        @WithDefault("4")
        double amortisationYears();

        /** Shadow price of carbon, USD per tCO2e (EU ETS order of magnitude, 2024). */
        @WithDefault("85")
        double carbonPriceUsdPerTonne();

        /** Penalty per SEAL level below SEAL-4, as a fraction of the placement's yearly cost. */
        @WithDefault("0.05")
        double sovereigntyPremiumPerLevel();

        /** Penalty per ms of round-trip latency of inference, as a fraction of the placement's yearly cost. */
        @WithDefault("0.002")
        double latencyPremiumPerMs();
    }

    /** Unit costs and lead times of the investments that close a shortfall. */
    interface Investment {
        /** Lead time to buy and install accelerators where power exists, days. */
        @WithDefault("120")
        int gpuLeadTimeDays();

        /** Capital cost of grid connection and transmission per MW of new headroom, USD. */
        @WithDefault("1500000")
        double gridUpgradeCapexUsdPerMw();

        /** Lead time of a grid upgrade, days. */
        @WithDefault("730")
        int gridUpgradeLeadTimeDays();

        /** Capital cost of data-centre shell, power and cooling per MW of IT load, USD. */
        @WithDefault("10000000")
        double dataCentreCapexUsdPerItMw();

        /** Lead time to add IT capacity (power and cooling) to an existing data centre, days. */
        @WithDefault("365")
        int siteExpansionLeadTimeDays();

        /** Alternatives offered per unplaced workload, best first. */
        @WithDefault("5")
        int maxOptionsPerWorkload();

        /** Lead time to build a new data centre, days. */
        @WithDefault("540")
        int newSiteLeadTimeDays();

        /** PUE assumed for a new site. */
        @WithDefault("1.3")
        double newSitePue();
    }

    /** Limits of the solver. */
    interface Solver {
        /** Longest time limit a plan may ask for, seconds. */
        @WithDefault("300")
        int maxTimeLimitSeconds();

        /** Time limit of a plan that names none, seconds. */
        @WithDefault("30")
        int defaultTimeLimitSeconds();

        /** Stop a solve early when the best score has not improved for this many seconds. */
        @WithDefault("30")
        int unimprovedSecondsLimit();

        /** Candidate (site, model) options kept per workload, cheapest first; keeps large searches small. */
        @WithDefault("50")
        int maxCandidatesPerWorkload();
    }

    /** Plan queue and progress. */
    interface Plans {
        /** Plans queued or solving at once; one more is refused with 429. */
        @WithDefault("4")
        int queueCapacity();

        /** Retry-After of a 429 answer, seconds. */
        @WithDefault("30")
        int retryAfterSeconds();

        /** Minimum time between two progress events of one plan, milliseconds. */
        @WithDefault("250")
        long progressIntervalMs();

        /** Largest number of workloads in one plan. */
        @WithDefault("5000")
        int maxWorkloads();
    }

    /**
     * This replica's name and the leases by which replicas share plans in one database: the replica
     * solving a plan renews its lease; any replica fails an active plan whose lease has run out.
     */
    interface Replica {
        /** Unique name of this replica, the owner recorded on the plans it solves (e.g. the pod name); a random UUID when unset. */
        Optional<String> id();

        /** How long a plan's lease lasts from its last renewal, seconds; at least twice the renewal interval. */
        @WithDefault("60")
        int leaseSeconds();

        /** How often a replica renews its plans' leases, acts on cancel requests and fails plans with expired leases, seconds. */
        @WithDefault("10")
        int renewIntervalSeconds();
    }

    /** Commits as sagas (see {@code plan/CommitSaga}) and their reconciler. */
    interface Commits {
        /** How long a runner holds a commit from its last step before another may take it over, seconds. */
        @WithDefault("60")
        int leaseSeconds();

        /**
         * A commit left unfinished (capacity-service failed, and the planner neither retried nor
         * released) for this long is undone by the reconciler. Well below capacity-service's
         * Idempotency-Key retention (P1D), so a retry within it always replays its keys.
         */
        @WithDefault("PT15M")
        java.time.Duration abandonAfter();

        /** How often the reconciler looks for unfinished commits, e.g. 30s. */
        @WithDefault("30s")
        String reconcileInterval();

        /** Retry-After of a 503 answer to a commit or release cut short by capacity-service, seconds. */
        @WithDefault("10")
        int retryAfterSeconds();
    }
}
