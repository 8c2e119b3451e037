package org.sovplan.placement.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.sovplan.placement.scenario.model.ExpansionProblem;
import org.sovplan.placement.scenario.model.ExpansionProblem.DemandLine;
import org.sovplan.placement.scenario.model.ExpansionProblem.DemandOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.ModelOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.SiteOption;
import org.sovplan.placement.scenario.model.ExpansionProblem.ZoneOption;
import org.sovplan.placement.scenario.model.ExpansionSolver;
import org.sovplan.placement.scenario.model.ScenarioResult;

/**
 * {@code ./sovplan bench scenarios}: a seeded synthetic scenario of 10 years, 50 sites in 5 zones,
 * 8 accelerator models and 200 demand lines (half of the inference lines with a quantized
 * substitute), solved by the same {@link ExpansionSolver} as the service. Prints the wall time, the
 * proven gap and the peak memory (resident set, which includes SCIP's native memory, and heap).
 * Arguments: time limit in seconds (60) and relative gap (0.01).
 */
public final class ScenarioBenchmark {

    private ScenarioBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        double gap = args.length > 1 ? Double.parseDouble(args[1]) : 0.01;
        ExpansionProblem problem = instance(new Random(42), 2026, 2035, 50, 8, 200);
        long start = System.nanoTime();
        ScenarioResult result = new ExpansionSolver().solve(problem, new ExpansionSolver.Settings(seconds, gap));
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("scenario bench: 10 years, 50 sites, 8 models, 200 demand lines; limit %d s, gap target %.2f %%%n",
                seconds, gap * 100);
        System.out.printf("  model: %,d variables, %,d constraints%n", result.solver().variables(), result.solver().constraints());
        System.out.printf("  solver: %s %s, proven gap %s %%, NPV %,d USD (bound %,d)%n", result.solver().engine(),
                result.solver().status(), result.solver().gapPct(), result.npvUsd(), result.solver().bestBoundUsd());
        System.out.printf("  wall time: %.1f s (build + solve + read), solve %.1f s%n", wallMs / 1000.0,
                result.solver().wallMs() / 1000.0);
        System.out.printf("  builds: %d decisions, unserved GPU-years %s, binding limits %d%n", result.builds().size(),
                result.years().stream().map(ScenarioResult.YearFigures::unservedGpus)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add),
                result.binding().size());
        System.out.printf("  peak memory: resident %s MB (JVM + SCIP), heap used now %d MB%n", peakResidentMb(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
    }

    /** Peak resident set of this process (VmHWM), MB; "?" where /proc is not available. */
    static String peakResidentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return "?";
        }
        return "?";
    }

    /** A reproducible instance: zones with growing headroom, sites of mixed size, models from edge to training parts. */
    static ExpansionProblem instance(Random random, int firstYear, int lastYear, int siteCount, int modelCount, int lineCount) {
        int years = lastYear - firstYear + 1;
        List<ZoneOption> zones = new ArrayList<>();
        for (int z = 0; z < 5; z++) {
            double[] headroom = new double[years];
            for (int y = 0; y < years; y++) {
                headroom[y] = 5 + 3 * z + y * (0.5 + random.nextDouble());
            }
            zones.add(new ZoneOption("Z" + z, 60 + random.nextInt(80), 50 + random.nextInt(600), headroom));
        }
        List<ModelOption> models = new ArrayList<>();
        double[] prices = { 2_500, 8_000, 10_000, 15_000, 25_000, 30_000, 35_000, 40_000 };
        double[] kw = { 0.108, 0.525, 0.525, 0.6, 0.9, 1.05, 1.05, 1.5 };
        for (int m = 0; m < modelCount; m++) {
            models.add(new ModelOption("M" + m, prices[m % prices.length], kw[m % kw.length]));
        }
        List<SiteOption> sites = new ArrayList<>();
        for (int s = 0; s < siteCount; s++) {
            double existing = s % 5 == 4 ? 0 : 0.5 + random.nextInt(20);
            Map<String, Integer> gpus = new HashMap<>();
            if (existing > 0) {
                gpus.put("M" + random.nextInt(modelCount), random.nextInt(200));
            }
            int ready = s % 7 == 6 ? firstYear + 1 + random.nextInt(4) : firstYear;
            sites.add(new SiteOption("S" + s, "Site " + s, "Z" + (s % 5), 1.2 + random.nextDouble() * 0.4, ready, existing,
                    existing + random.nextInt(30), gpus, existing == 0));
        }
        List<DemandLine> lines = new ArrayList<>();
        for (int d = 0; d < lineCount; d++) {
            double[] units = new double[years];
            double base = 1 + random.nextInt(8);
            double growth = 0.05 + random.nextDouble() * 0.35;
            for (int y = 0; y < years; y++) {
                units[y] = Math.round(base * Math.pow(1 + growth, y) * 100) / 100.0;
            }
            List<DemandOption> options = new ArrayList<>();
            options.add(new DemandOption("as asked", need(random, modelCount, 2 + random.nextInt(2), 1 + random.nextInt(32))));
            boolean inference = d % 2 == 0;
            if (inference && d % 4 == 0) {
                options.add(new DemandOption("quantized", need(random, modelCount, 2, 1 + random.nextInt(8))));
            }
            Set<String> eligible = new LinkedHashSet<>();
            while (eligible.size() < 10) {
                eligible.add("S" + random.nextInt(siteCount));
            }
            lines.add(new DemandLine("Line " + d, units, inference ? 0.6 : 0.9, options, eligible, null));
        }
        double[] carbon = new double[years];
        for (int y = 0; y < years; y++) {
            carbon[y] = 20 + 8 * y;
        }
        Double[] budget = new Double[years];
        for (int y = 0; y < years; y++) {
            budget[y] = 400_000_000.0;
        }
        return new ExpansionProblem(firstYear, lastYear, 0.08, sites, models, zones, lines, carbon, budget,
                new ExpansionProblem.Lifetimes(5, 20, 30, 3), new ExpansionProblem.LeadTimes(0, 2, 2),
                new ExpansionProblem.BuildRates(20_000, 60.0, 80.0),
                new ExpansionProblem.Economics(10_000_000, 1_500_000, 250_000));
    }

    private static Map<String, Double> need(Random random, int modelCount, int models, int gpus) {
        Map<String, Double> need = new HashMap<>();
        while (need.size() < models) {
            int m = random.nextInt(modelCount);
            need.put("M" + m, (double) Math.max(1, gpus * (m < 2 ? 4 : 1)));
        }
        return need;
    }
}
