package org.sovplan.placement.scenario.run;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.placement.scenario.model.ScenarioResult;

/** Request and response shapes of scenario runs. */
public final class RunDto {

    private RunDto() {
    }

    /** Starts a run; every field is optional. */
    @Schema(name = "ScenarioRunRequest")
    public record CreateRequest(
            @Size(max = 40) @Schema(description = "Demand variant; the scenario's default variant when absent", example = "high") String variant,
            @DecimalMin("0") @DecimalMax("100") @Schema(description = "Multiplies every carbon price of the scenario", example = "1") BigDecimal carbonPriceScale,
            @Min(1) @Max(3600) @Schema(example = "60") Integer timeLimitSeconds) {
    }

    /** Several runs of one scenario to compare: its demand variants, or scales of its carbon prices. */
    @Schema(name = "ScenarioSensitivityRequest")
    public record SensitivityRequest(
            @Size(min = 1, max = 6) @Schema(example = "[\"low\", \"mid\", \"high\"]") List<@NotNull @Size(max = 40) String> variants,
            @Size(min = 1, max = 6) @Schema(description = "Carbon price scales, run with the default variant", example = "[0, 1, 2]")
            List<@NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal> carbonPriceScales,
            @Min(1) @Max(3600) @Schema(example = "60") Integer timeLimitSeconds) {
    }

    @Schema(name = "ScenarioSensitivity")
    public record SensitivityResponse(List<Response> runs,
            @Schema(description = "Compares the runs once they end", example = "/api/v1/scenarios/compare?runs=...") String compare) {
    }

    @Schema(name = "ScenarioRun")
    public record Response(UUID id, UUID scenarioId, long scenarioVersion, String variant, BigDecimal carbonPriceScale,
            String label, RunStatus status, int timeLimitSeconds, Long elapsedMs, String createdBy, Instant createdAt,
            Instant startedAt, Instant finishedAt, String failureReason, Instant cancelRequestedAt,
            ScenarioResult result, long version) {

        static Response from(ScenarioRun r, Long elapsedNow) {
            return new Response(r.id, r.scenarioId, r.scenarioVersion, r.variant, r.carbonPriceScale, r.label, r.status,
                    r.timeLimitSeconds, elapsedNow != null ? elapsedNow : r.elapsedMs, r.createdBy, r.createdAt,
                    r.startedAt, r.finishedAt, r.failureReason, r.cancelRequestedAt, r.result, r.version);
        }
    }

    @Schema(name = "ScenarioRunSummary")
    public record Summary(UUID id, String variant, BigDecimal carbonPriceScale, String label, RunStatus status,
            Long elapsedMs, Instant createdAt, Instant finishedAt, Long npvUsd, String solverStatus, BigDecimal gapPct) {

        static Summary from(ScenarioRun r) {
            return new Summary(r.id, r.variant, r.carbonPriceScale, r.label, r.status, r.elapsedMs, r.createdAt,
                    r.finishedAt, r.result == null ? null : r.result.npvUsd(),
                    r.result == null ? null : r.result.solver().status(), r.result == null ? null : r.result.solver().gapPct());
        }
    }

    /** A Server-Sent Event of a run: {@code status}, {@code progress} or {@code end}. */
    @Schema(name = "ScenarioRunEvent")
    public record Event(@Schema(example = "progress") String type, UUID runId, RunStatus status, Long elapsedMs,
            String detail) {
    }
}
