package org.sovplan.placement.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.placement.problem.Weights;
import org.sovplan.placement.result.PlanResult;
import org.sovplan.placement.workload.WorkloadDto;
import org.sovplan.placement.workload.WorkloadType;

/** Request and response shapes of plans. */
public final class PlanDto {

    private PlanDto() {
    }

    /** Name workloads, or select them with a filter; weights default to 1, the horizon to a year from today. */
    @Schema(name = "PlanRequest")
    public record CreateRequest(
            @Size(max = 5000) @Schema(description = "Workloads to place; or give a filter") List<@NotNull UUID> workloadIds,
            @Valid @Schema(description = "Select all workloads matching") Selector filter,
            @Valid Weights weights,
            @Schema(description = "Date by which capacity and grid headroom count; default one year from today", example = "2027-01-01") LocalDate horizonDate,
            @Min(1) @Max(300) @Schema(description = "Solver time limit, seconds (1-300); default from config", example = "30") Integer timeLimitSeconds,
            @Schema(description = "What to do with selected workloads that hold reservations of a committed plan: "
                    + "PIN keeps them where they are (they are not re-planned); MOVE re-plans them, counting the GPUs "
                    + "they hold as free, and committing this plan releases their old reservations. Default PIN",
                    example = "PIN") CommittedWorkloads committedWorkloads) {
    }

    /** How a plan treats workloads that already hold reservations of a committed plan. */
    public enum CommittedWorkloads {
        /** They keep their reservations and are left out of the solve. */
        PIN,
        /** They are solved again; committing the new plan moves them (release old, reserve new). */
        MOVE
    }

    /** A workload that held reservations of a committed plan when this plan was made. */
    @Schema(name = "PlanHeldWorkload")
    public record Held(UUID workloadId, @Schema(description = "The committed plan holding it") UUID planId,
            UUID reservationId, UUID siteId, @Schema(example = "NVIDIA_L40S") String modelCode,
            @Schema(example = "8") int gpus, @Schema(description = "IT power held, MW, exact to the watt",
                    example = "0.0042") BigDecimal itMw,
            @Schema(description = "PINNED (kept, not re-planned) or MOVED (re-planned; moved when this plan is "
                    + "committed)", example = "PINNED") String disposition) {
    }

    /** Selects workloads for a plan. */
    @Schema(name = "PlanWorkloadFilter")
    public record Selector(
            @Pattern(regexp = WorkloadDto.REGION_PATTERN, message = "must be an ISO 3166-1 alpha-2 or ISO 3166-2 code, e.g. KE or KE-30")
            @Schema(example = "KE") String regionCode,
            @Schema(example = "LLM_INFERENCE") WorkloadType type,
            @Min(1) @Max(10) @Schema(example = "1") Integer minPriority) {
    }

    /** How far solving has come. */
    @Schema(name = "PlanProgress")
    public record Progress(@Schema(example = "0hard/-1medium/-2843000soft") String bestScore,
            @Schema(example = "4210") Long elapsedMs, @Schema(example = "30") int timeLimitSeconds) {
    }

    /** A plan; {@code result} is present once it COMPLETED or was CANCELLED with a solution. */
    @Schema(name = "Plan")
    public record Response(UUID id, @Schema(example = "SOLVING") PlanStatus status, Progress progress,
            @Schema(example = "12") int workloadCount, @Schema(example = "paul") String createdBy, Instant createdAt,
            Instant startedAt, Instant finishedAt,
            @Schema(example = "capacity-service is unavailable: it did not answer in time") String failureReason,
            @Schema(description = "When a cancel was asked for; the plan stops within seconds (see cancelPlan)")
            Instant cancelRequestedAt,
            PlanResult result,
            @Schema(description = "Workloads holding reservations of committed plans when this plan was made")
            List<Held> held, Commit commit, @Schema(example = "3") long version) {
    }

    /** A plan in a list, without its result. */
    @Schema(name = "PlanSummary")
    public record Summary(UUID id, PlanStatus status, String bestScore, int workloadCount, String createdBy,
            Instant createdAt, Instant finishedAt, boolean committed) {
    }

    /** One event of a plan's progress stream; {@code type} is status, progress or end. */
    @Schema(name = "PlanEvent")
    public record Event(@Schema(example = "progress", enumeration = { "status", "progress", "end" }) String type, UUID planId, PlanStatus status, String bestScore,
            Long elapsedMs, String failureReason) {
    }

    /**
     * A plan's commit: its state, and the reservations it made in capacity-service (moved-away or
     * released ones included, with their state).
     */
    @Schema(name = "PlanCommit")
    public record Commit(UUID planId,
            @Schema(description = "COMMITTING, ABORTING (compensating), ABORTED, COMMITTED, RELEASING or RELEASED",
                    example = "COMMITTED") String state,
            @Schema(example = "paul") String requestedBy, Instant startedAt, Instant committedAt, Instant releasedAt,
            String releasedBy,
            @Schema(description = "Why the commit was aborted, or what it is waiting for") String failure,
            List<Reservation> reservations) {
    }

    /** One reservation made (or to be made) for one assignment. */
    @Schema(name = "PlanReservation")
    public record Reservation(UUID workloadId, UUID reservationId, UUID siteId, String modelCode, int gpus,
            @Schema(description = "IT power reserved, MW, exact to the watt", example = "0.0042") BigDecimal itMw,
            @Schema(example = "plan-6c1d...-9f3a...-workload-77aa...") String idempotencyKey,
            @Schema(description = "PENDING (asked, no answer yet), DONE (held), UNDONE (compensated), MOVED (moved by "
                    + "a later plan), RELEASED, or LOST (released by a move that was then undone, and capacity was "
                    + "gone)", example = "DONE") String state) {
    }
}
