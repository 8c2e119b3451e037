package org.sovplan.placement.scenario.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.placement.scenario.model.ScenarioResult;

/**
 * Scenario runs side by side, each with its deltas against the first: NPV, capex per year, GPUs
 * and MW built, carbon, unserved demand, and the first year each stops meeting demand.
 */
@Schema(name = "ScenarioComparison")
public record ScenarioComparison(List<Column> scenarios) {

    /** One run and its figures; deltas are this run minus the first (0 for the first). */
    public record Column(UUID scenarioId, UUID runId, String label, String variant, BigDecimal carbonPriceScale,
            String solverStatus, BigDecimal gapPct, long npvUsd, long npvDeltaUsd, List<YearCapex> capexByYear,
            long gpusBought, long gpusBoughtDelta, BigDecimal itMwBuilt, BigDecimal itMwBuiltDelta,
            BigDecimal gridMwBuilt, BigDecimal gridMwBuiltDelta, BigDecimal carbonTonnes, BigDecimal carbonTonnesDelta,
            @Schema(description = "Unserved demand over the horizon, GPU-years") BigDecimal unservedGpuYears,
            BigDecimal unservedGpuYearsDelta,
            @Schema(description = "First year with unserved demand; null when demand is met every year", example = "2031") Integer firstYearShort) {
    }

    /** Capex paid in a year, and its delta against the first run (null when the first has no such year). */
    public record YearCapex(int year, long capexUsd, Long deltaUsd) {
    }

    public static ScenarioComparison of(List<ScenarioRun> runs) {
        List<Column> columns = new ArrayList<>();
        Totals first = null;
        for (ScenarioRun run : runs) {
            Totals t = Totals.of(run.result);
            Totals base = first == null ? t : first;
            List<YearCapex> capex = new ArrayList<>();
            t.capex().forEach((year, usd) -> capex.add(new YearCapex(year, usd,
                    base.capex().containsKey(year) ? usd - base.capex().get(year) : null)));
            columns.add(new Column(run.scenarioId, run.id, run.label, run.variant, run.carbonPriceScale,
                    run.result.solver().status(), run.result.solver().gapPct(), run.result.npvUsd(),
                    run.result.npvUsd() - base.npv(), capex, t.gpus(), t.gpus() - base.gpus(), t.itMw(),
                    t.itMw().subtract(base.itMw()), t.gridMw(), t.gridMw().subtract(base.gridMw()), t.carbon(),
                    t.carbon().subtract(base.carbon()), t.unserved(), t.unserved().subtract(base.unserved()),
                    t.firstShort()));
            if (first == null) {
                first = t;
            }
        }
        return new ScenarioComparison(columns);
    }

    private record Totals(long npv, Map<Integer, Long> capex, long gpus, BigDecimal itMw, BigDecimal gridMw,
            BigDecimal carbon, BigDecimal unserved, Integer firstShort) {

        static Totals of(ScenarioResult r) {
            Map<Integer, Long> capex = new TreeMap<>();
            r.years().forEach(y -> capex.put(y.year(), y.capexUsd()));
            long gpus = r.builds().stream().filter(b -> b.gpus() != null).mapToLong(ScenarioResult.Build::gpus).sum();
            BigDecimal it = sum(r.builds().stream().filter(b -> b.kind().equals("DATA_CENTRE")).map(ScenarioResult.Build::mw).toList());
            BigDecimal grid = sum(r.builds().stream().filter(b -> b.kind().equals("GRID")).map(ScenarioResult.Build::mw).toList());
            BigDecimal carbon = sum(r.years().stream().map(ScenarioResult.YearFigures::carbonTonnes).toList());
            BigDecimal unserved = sum(r.years().stream().map(ScenarioResult.YearFigures::unservedGpus).toList());
            Integer firstShort = r.years().stream().filter(y -> y.unservedUnits().signum() > 0)
                    .map(ScenarioResult.YearFigures::year).findFirst().orElse(null);
            return new Totals(r.npvUsd(), capex, gpus, it, grid, carbon, unserved, firstShort);
        }

        private static BigDecimal sum(List<BigDecimal> values) {
            return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The comparison as a Markdown (or plain) table: one row per figure, one column per run. */
    public String render(boolean markdown) {
        StringBuilder out = new StringBuilder("# Scenario comparison\n\nDeltas are against the first column.\n\n");
        List<String> header = new ArrayList<>(List.of("Figure"));
        scenarios.forEach(c -> header.add(markdown ? c.label().replaceAll("([\\\\`*_\\[\\]|<>#])", "\\\\$1") : c.label()));
        out.append("| ").append(String.join(" | ", header)).append(" |\n|---").append("|--:".repeat(scenarios.size())).append("|\n");
        row(out, "Solver", c -> ScenarioReport.verdict(c.solverStatus(), c.gapPct(), null));
        row(out, "NPV USD", c -> ScenarioReport.usd(c.npvUsd()) + delta(c.npvDeltaUsd(), c));
        TreeSet<Integer> years = new TreeSet<>();
        scenarios.forEach(c -> c.capexByYear().forEach(y -> years.add(y.year())));
        for (int year : years) {
            row(out, "Capex " + year + " USD", c -> c.capexByYear().stream().filter(y -> y.year() == year).findFirst()
                    .map(y -> ScenarioReport.usd(y.capexUsd()) + (y.deltaUsd() == null ? "" : delta(y.deltaUsd(), c)))
                    .orElse("–"));
        }
        row(out, "GPUs bought", c -> ScenarioReport.usd(c.gpusBought()) + delta(c.gpusBoughtDelta(), c));
        row(out, "IT MW built", c -> c.itMwBuilt().toPlainString() + delta(c.itMwBuiltDelta(), c));
        row(out, "Grid MW built", c -> c.gridMwBuilt().toPlainString() + delta(c.gridMwBuiltDelta(), c));
        row(out, "tCO2e", c -> c.carbonTonnes().toPlainString() + delta(c.carbonTonnesDelta(), c));
        row(out, "Unserved GPU-years", c -> c.unservedGpuYears().toPlainString() + delta(c.unservedGpuYearsDelta(), c));
        row(out, "First year short", c -> c.firstYearShort() == null ? "never" : String.valueOf(c.firstYearShort()));
        return out.toString();
    }

    private void row(StringBuilder out, String figure, java.util.function.Function<Column, String> cell) {
        out.append("| ").append(figure);
        scenarios.forEach(c -> out.append(" | ").append(cell.apply(c)));
        out.append(" |\n");
    }

    private String delta(long value, Column c) {
        return c == scenarios.get(0) ? "" : " (" + (value >= 0 ? "+" : "−") + ScenarioReport.usd(Math.abs(value)) + ")";
    }

    private String delta(BigDecimal value, Column c) {
        return c == scenarios.get(0) ? "" : " (" + (value.signum() >= 0 ? "+" : "−") + value.abs().toPlainString() + ")";
    }
}
