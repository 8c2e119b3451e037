package org.sovplan.placement.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sovplan.common.domain.RuleBroken;
import org.sovplan.common.domain.RuleBroken.Violation;

/** Cross-field rules of a scenario that Bean Validation cannot state; each broken rule is a 422 field error. */
final class ScenarioRules {

    private ScenarioRules() {
    }

    static void check(ScenarioDto.Request r, ScenarioConfig config) {
        List<Violation> errors = new ArrayList<>();
        int first = r.firstYear();
        int last = r.lastYear();
        if (last < first) {
            errors.add(new Violation("lastYear", "must not be before firstYear"));
        } else if (last - first + 1 > config.maxYears()) {
            errors.add(new Violation("lastYear", "the horizon is at most " + config.maxYears() + " years"));
        }
        ScenarioDto.Definition d = r.definition();
        years(errors, "definition.carbonPricesUsdPerTonne", d.carbonPricesUsdPerTonne(), first, last);
        years(errors, "definition.capexBudgetsUsd", d.capexBudgetsUsd(), first, last);
        if (d.demand().size() > config.maxDemandLines()) {
            errors.add(new Violation("definition.demand", "at most " + config.maxDemandLines() + " lines"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < d.demand().size(); i++) {
            line(errors, "definition.demand[" + i + "]", d.demand().get(i), d.defaultVariant(), first, last);
            if (!names.add(d.demand().get(i).name().trim().toLowerCase(java.util.Locale.ROOT))) {
                errors.add(new Violation("definition.demand[" + i + "].name", "names must be unique"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
    }

    private static void line(List<Violation> errors, String at, ScenarioDto.DemandLine line, String defaultVariant,
            int first, int last) {
        if ((line.workloadId() == null) == (line.workload() == null)) {
            errors.add(new Violation(at + ".workload", "give either workloadId or workload"));
        }
        ScenarioDto.WorkloadClass w = line.workload();
        if (w != null) {
            if (w.type().isTraining() && (w.trainTokensBillion() == null || w.targetDays() == null)) {
                errors.add(new Violation(at + ".workload", "training needs trainTokensBillion and targetDays"));
            }
            if (!w.type().isTraining() && w.peakTokensPerSec() == null) {
                errors.add(new Violation(at + ".workload", "inference needs peakTokensPerSec"));
            }
            if (w.type().isTraining() && line.substitutes() != null && !line.substitutes().isEmpty()) {
                errors.add(new Violation(at + ".substitutes", "only inference lines may be served by substitutes"));
            }
        }
        Map<String, ScenarioDto.Variant> variants = line.variants();
        if (variants == null || variants.isEmpty()) {
            return;
        }
        if (defaultVariant != null && !variants.containsKey(defaultVariant)) {
            errors.add(new Violation(at + ".variants", "has no '" + defaultVariant + "' (the default variant)"));
        }
        variants.forEach((name, v) -> {
            if ((v.growthPctPerYear() == null) == (v.unitsByYear() == null)) {
                errors.add(new Violation(at + ".variants." + name, "give either growthPctPerYear or unitsByYear"));
            }
            years(errors, at + ".variants." + name + ".unitsByYear", v.unitsByYear(), first, last);
        });
    }

    private static void years(List<Violation> errors, String at, Map<Integer, Double> byYear, int first, int last) {
        if (byYear == null) {
            return;
        }
        byYear.keySet().stream().filter(y -> y < first || y > last).findFirst()
                .ifPresent(y -> errors.add(new Violation(at, "year " + y + " is outside " + first + "-" + last)));
    }
}
