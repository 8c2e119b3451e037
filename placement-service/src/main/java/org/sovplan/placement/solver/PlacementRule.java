package org.sovplan.placement.solver;

import org.sovplan.placement.sizing.AcceleratorClass;
import org.sovplan.placement.sizing.AcceleratorSpec;
import org.sovplan.placement.workload.WorkloadType;

/**
 * Every rule of where a workload may run, each written once. Candidate filtering asks
 * {@link #firstBroken} to leave an option out (and to explain why); {@link PlacementConstraints}
 * turns each static rule into a hard constraint with the same {@link #breaks} test, so the two can
 * never disagree. {@link #TOO_SMALL} is not a static rule: capacity across workloads is the
 * pool, site and grid constraints' job.
 */
public enum PlacementRule {
    SITE_DECOMMISSIONED("Site in service", "the site is decommissioned") {
        @Override
        public boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs) {
            return "DECOMMISSIONED".equals(pool.site().status());
        }
    },
    SOVEREIGNTY("Sovereignty level", "the site's sovereignty level is too low") {
        @Override
        public boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs) {
            return pool.site().sovereigntyLevel() < w.minSovereigntyLevel();
        }
    },
    JURISDICTION("Allowed jurisdiction", "the site is outside the allowed jurisdictions") {
        @Override
        public boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs) {
            return !w.allowedJurisdictions().isEmpty() && !w.allowedJurisdictions().contains(pool.site().jurisdiction());
        }
    },
    AVAILABILITY("Site available by start date", "the site is not available by the start date") {
        @Override
        public boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs) {
            return !pool.site().availableBy(w.neededBy());
        }
    },
    ZONE_UNKNOWN("Grid zone known", "energy-service does not know the site's grid zone") {
        @Override
        public boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs) {
            return !pool.site().zone().known();
        }
    },
    CARBON("Carbon intensity limit", "the grid is more carbon-intensive than allowed") {
        @Override
        public boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs) {
            return w.maxCarbonGPerKwh() != null && pool.site().zone().carbonGPerKwh() > w.maxCarbonGPerKwh();
        }
    },
    USERS_REGION_UNKNOWN("Users' region known", "the users' region has no known coordinates") {
        @Override
        public boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs) {
            return w.latencyBound() && latencyMs == null;
        }
    },
    LATENCY("Latency bound", "the site is too far from the users") {
        @Override
        public boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs) {
            return w.latencyBound() && latencyMs != null && latencyMs > w.maxLatencyMs();
        }
    },
    MODEL_UNKNOWN("Accelerator model in catalogue", "the accelerator model is not in the catalogue") {
        @Override
        public boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs) {
            return pool.model() == null;
        }
    },
    MODEL("Allowed accelerator model", "the accelerator model is not allowed") {
        @Override
        public boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs) {
            return !w.allowedModels().isEmpty() && !w.allowedModels().contains(pool.modelCode());
        }
    },
    ACCELERATOR_CLASS("Accelerator class", "the accelerator class does not suit the workload") {
        @Override
        public boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs) {
            return pool.model() != null && !suits(w, pool.model());
        }
    },
    TOO_SMALL(null, "free GPUs, IT power or grid headroom are too small even for this workload alone") {
        @Override
        public boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs) {
            return false;
        }
    };

    private final String constraintName;
    private final String description;

    PlacementRule(String constraintName, String description) {
        this.constraintName = constraintName;
        this.description = description;
    }

    /** Whether an option breaks this rule; {@code latencyMs} is the option's modelled round trip, null when unknown. */
    public abstract boolean breaks(WorkloadFacts w, Pool pool, Double latencyMs);

    /** The first static rule the option breaks, null when it breaks none. */
    public static PlacementRule firstBroken(WorkloadFacts w, Pool pool, Double latencyMs) {
        for (PlacementRule rule : values()) {
            if (rule.isStatic() && rule.breaks(w, pool, latencyMs)) {
                return rule;
            }
        }
        return null;
    }

    /**
     * Whether an accelerator's class suits a workload (docs/placement-service.md, "Accelerator
     * classes"): edge modules never train, and serve only edge and small-model inference whose replica
     * fits one module's memory; training at or above the documented size needs training-class parts.
     * Used by candidate filtering, the constraints and the investment advice alike.
     */
    public static boolean suits(WorkloadFacts w, AcceleratorSpec model) {
        AcceleratorClass c = model.suitability();
        if (w.type().isTraining()) {
            return c != AcceleratorClass.EDGE && (!w.needsTrainingClass() || c == AcceleratorClass.TRAINING);
        }
        if (c == AcceleratorClass.EDGE) {
            return w.type() != WorkloadType.LLM_INFERENCE && w.replicaMemoryGb() != null
                    && w.replicaMemoryGb() <= model.memoryGb();
        }
        return true;
    }

    /** Whether this rule is checked per option, before and during solving (all but {@link #TOO_SMALL}). */
    public boolean isStatic() {
        return constraintName != null;
    }

    /** The name of its hard constraint. */
    public String constraintName() {
        return constraintName;
    }

    public String description() {
        return description;
    }
}
