package org.sovplan.placement.scenario.run;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.sovplan.placement.scenario.Scenario;
import org.sovplan.placement.scenario.model.ScenarioResult;

/** A scenario run as a report a planner can paste into a memo: Markdown tables, or the same layout as plain text. */
public final class ScenarioReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();
    private final boolean markdown;

    private ScenarioReport(boolean markdown) {
        this.markdown = markdown;
    }

    public static String render(Scenario s, ScenarioRun run, boolean markdown) {
        return new ScenarioReport(markdown).write(s, run);
    }

    private String write(Scenario s, ScenarioRun run) {
        ScenarioResult r = run.result;
        ScenarioResult.Solver solver = r.solver();
        line("# Scenario " + text(run.label));
        line("");
        line("- **Status:** " + run.status);
        line("- **Region:** " + s.regionCode + ", " + s.firstYear + "-" + s.lastYear + ", discount rate "
                + plain(s.definition.discountRatePct()) + " %");
        line("- **Demand variant:** " + text(run.variant) + "; carbon prices x" + run.carbonPriceScale.stripTrailingZeros().toPlainString());
        line("- **Run:** " + run.id + ", started " + WHEN.format(run.createdAt) + " by " + text(run.createdBy)
                + " on scenario version " + run.scenarioVersion);
        line("- **Solver:** " + solver.engine() + ": " + verdict(solver) + "; " + seconds(solver.wallMs())
                + (solver.timeLimitReached() ? " (time limit reached)" : "") + ", " + usd(solver.variables())
                + " variables, " + usd(solver.constraints()) + " constraints");
        line("- **NPV:** " + usd(r.npvUsd()) + " USD (without the unserved-demand penalty: "
                + usd(r.npvWithoutPenaltyUsd()) + " USD)");
        section("Build schedule");
        table(List.of("Decided", "Ready", "What", "Site", "Zone", "Model", "Quantity", "Capex USD"),
                "|---|---|---|---|---|---|--:|--:|", r.builds().stream().map(b -> List.of(
                        String.valueOf(b.decisionYear()), String.valueOf(b.readyYear()),
                        what(b.kind()) + (b.upgrade() == null ? "" : ": " + text(b.upgrade())), text(b.site()),
                        text(b.zoneCode()), text(b.modelCode()),
                        b.gpus() != null ? gpus(b.gpus()) : b.mw().toPlainString() + " MW", usd(b.capexUsd())))
                        .toList());
        demandLines(r);
        section("Costs, carbon and demand by year");
        table(List.of("Year", "Capex USD", "Energy USD", "Carbon USD", "MWh", "tCO2e", "GPUs in service",
                "IT MW built", "Grid MW built", "Demand units", "Unserved units"),
                "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|", r.years().stream().map(y -> List.of(
                        String.valueOf(y.year()), usd(y.capexUsd()), usd(y.energyUsd()), usd(y.carbonCostUsd()),
                        y.energyMwh().toPlainString(), y.carbonTonnes().toPlainString(), usd(y.gpusInService()),
                        y.itMwBuilt().toPlainString(), y.gridMwBuilt().toPlainString(), y.demandUnits().toPlainString(),
                        y.unservedUnits().toPlainString())).toList());
        line("");
        line("GPUs in service count the existing pools and the purchases still within their lifetime at the sites "
                + "the scenario's demand may use (its sovereignty, jurisdiction, carbon and latency rules); sites "
                + "no demand line may use are left out.");
        stacked("Accelerators in service by model", r.capacityByModel().stream()
                .map(c -> new Cell(c.year(), c.modelCode(), c.gpus())).toList(), r);
        stacked("Accelerators in service by site", r.capacityBySite().stream()
                .map(c -> new Cell(c.year(), c.site(), c.gpus())).toList(), r);
        section("Unserved demand");
        if (r.unserved().isEmpty()) {
            line("All demand is served in every year.");
        } else {
            table(List.of("Year", "Demand", "Units", "GPUs", "Reason"), "|---|---|--:|--:|---|",
                    r.unserved().stream().map(u -> List.of(String.valueOf(u.year()), text(u.demand()),
                            u.units().toPlainString(), u.gpus().toPlainString(), text(u.reason()))).toList());
        }
        section("Binding constraints");
        if (r.binding().isEmpty()) {
            line("No capacity, headroom, rate or budget limit binds.");
        }
        r.binding().forEach(b -> line("- " + text(b.text())));
        List<ScenarioResult.Substitution> subs = r.substitutions().stream()
                .filter(x -> !x.option().equals(x.demand())).toList();
        if (!subs.isEmpty()) {
            section("Substitutions");
            table(List.of("Year", "Demand", "Served by", "Units"), "|---|---|---|--:|", subs.stream()
                    .map(x -> List.of(String.valueOf(x.year()), text(x.demand()), text(x.option()),
                            x.units().toPlainString())).toList());
        }
        line("");
        line("NPV discounts capex (less the straight-line salvage value of what outlives the horizon), energy at "
                + "each zone's price, carbon at the year's carbon price and the unserved-demand penalty to "
                + s.firstYear + ". Capex is paid in the year decided; GPUs in service count existing pools. "
                + "Method and assumptions: docs/scenarios.md.");
        return out.toString();
    }

    private record Cell(int year, String column, long gpus) {
    }

    /** What one unit of each line is, so that the demand columns read as workloads, not abstract units. */
    private void demandLines(ScenarioResult r) {
        section("Demand lines");
        if (r.demandLines() == null || r.demandLines().isEmpty()) {
            line("A demand unit is one instance of a line's workload at its sized peak.");
            return;
        }
        line("One demand unit is one instance of the line's workload at its sized peak: a line asking 3 units in a "
                + "year asks three times that workload. The GPUs one unit needs depend on the model and option chosen; "
                + "the fewest over all of them are shown.");
        line("");
        table(List.of("Demand", "One unit is", "Fewest GPUs per unit"), "|---|---|--:|", r.demandLines().stream()
                .map(d -> List.of(text(d.demand()), text(d.unit()),
                        d.minGpusPerUnit() == null ? "–" : d.minGpusPerUnit().stripTrailingZeros().toPlainString()))
                .toList());
    }

    /**
     * What the solver proved, exactly: optimal (gap 0), optimal within the relative gap asked for
     * (with the gap it proved), or a plan whose distance from the optimum is at most the proven gap.
     */
    static String verdict(ScenarioResult.Solver solver) {
        return verdict(solver.status(), solver.gapPct(), solver.relativeGapPct());
    }

    /** The same for a status and proven gap; {@code asked} (the gap asked for) may be unknown. */
    static String verdict(String status, BigDecimal gap, BigDecimal asked) {
        return switch (status) {
            case "OPTIMAL" -> gap != null && gap.signum() == 0 ? "proven optimal"
                    : "optimal within the configured relative gap" + (asked == null ? "" : " of " + pct(asked))
                            + ": proven to cost at most " + pct(gap) + " more than the optimum";
            case "FEASIBLE" -> "feasible, not proven optimal: the plan costs at most " + pct(gap)
                    + " more than the optimum" + (asked == null ? "" : " (the gap asked for is " + pct(asked) + ")");
            case "NOT_SOLVED" -> "no plan found";
            default -> status;
        };
    }

    /** "1 GPU", "2 GPUs". */
    static String gpus(long count) {
        return usd(count) + (count == 1 ? " GPU" : " GPUs");
    }

    /** A year × column table of GPUs with a total, as a stacked chart would show it. */
    private void stacked(String title, List<Cell> cells, ScenarioResult r) {
        section(title);
        TreeSet<String> columns = new TreeSet<>();
        Map<Integer, Map<String, Long>> rows = new TreeMap<>();
        r.years().forEach(y -> rows.put(y.year(), new TreeMap<>()));
        for (Cell c : cells) {
            if (c.gpus() > 0) {
                columns.add(c.column());
                rows.computeIfAbsent(c.year(), k -> new TreeMap<>()).put(c.column(), c.gpus());
            }
        }
        if (columns.isEmpty()) {
            line("No accelerators in service.");
            return;
        }
        List<String> header = new ArrayList<>();
        header.add("Year");
        columns.forEach(c -> header.add(text(c)));
        header.add("Total");
        List<List<String>> body = new ArrayList<>();
        rows.forEach((year, byColumn) -> {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(year));
            columns.forEach(c -> row.add(usd(byColumn.getOrDefault(c, 0L))));
            row.add(usd(byColumn.values().stream().mapToLong(Long::longValue).sum()));
            body.add(row);
        });
        table(header, "|---" + "|--:".repeat(columns.size() + 1) + "|", body);
    }

    private void section(String title) {
        line("");
        line("## " + title);
        line("");
    }

    private void table(List<String> header, String rule, List<List<String>> rows) {
        if (rows.isEmpty()) {
            line("None.");
            return;
        }
        line("| " + String.join(" | ", header) + " |");
        line(rule);
        rows.forEach(r -> line("| " + String.join(" | ", r) + " |"));
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private static String what(String kind) {
        return switch (kind) {
            case "ACCELERATORS" -> "Accelerators";
            case "DATA_CENTRE" -> "Data-centre IT MW";
            default -> "Grid upgrade";
        };
    }

    /** Text from users or names, escaped for Markdown tables; "–" when absent. */
    private String text(String s) {
        if (s == null) {
            return "–";
        }
        return markdown ? s.replaceAll("([\\\\`*_\\[\\]|<>#])", "\\\\$1") : s;
    }

    static String usd(long value) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }

    private static String pct(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString() + " %";
    }

    private static String plain(Double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String seconds(long ms) {
        return BigDecimal.valueOf(ms).movePointLeft(3).setScale(1, java.math.RoundingMode.DOWN).toPlainString() + " s";
    }
}
