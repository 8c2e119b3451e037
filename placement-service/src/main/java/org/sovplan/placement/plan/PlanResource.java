package org.sovplan.placement.plan;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

import org.sovplan.common.idempotency.Idempotent;
import org.sovplan.common.idempotency.IdempotencyFilter;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.placement.result.PlanReport;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/** Plans over REST: planners start, cancel and commit plans of their regions; viewers read and follow them. */
@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Placement plans solved with Timefold: assignments, unplaced workloads, shortfalls, investments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    private static final String EXAMPLE = """
            {"filter": {"regionCode": "KE"}, "weights": {"cost": 1, "carbon": 1, "sovereignty": 2, "latency": 1},
             "horizonDate": "2027-01-01", "timeLimitSeconds": 30}""";

    private final PlanService service;
    private final PlanCommitService commits;

    public PlanResource(PlanService service, PlanCommitService commits) {
        this.service = service;
        this.commits = commits;
    }

    @POST
    @RolesAllowed("planner")
    @Operation(operationId = "createPlan", summary = "Start a placement plan",
            description = "Reads capacity and energy now, then solves asynchronously; follow Location or the events stream.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Kenya", value = EXAMPLE)))
    @APIResponse(responseCode = "202", description = "Queued",
            headers = @Header(name = "Location", description = "The plan", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDto.Response.class)))
    @APIResponse(responseCode = "422", description = "No or unknown workloads, time limit or horizon out of range")
    @APIResponse(responseCode = "429", description = "The solve queue is full; see Retry-After",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "503", description = "capacity-service or energy-service is unavailable")
    @Idempotent
    @Parameter(name = IdempotencyFilter.HEADER, in = ParameterIn.HEADER, description = IdempotencyFilter.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255), example = "2f1c9a7e-3d4b-4e8f-a6b2-9c0d1e2f3a4b")
    public Response create(@Valid @NotNull PlanDto.CreateRequest request) {
        PlanDto.Response plan = service.create(request);
        return Response.accepted(plan).location(URI.create("/api/v1/plans/" + plan.id())).build();
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listPlans", summary = "List plans", description = "Newest last unless sorted; results are left out.")
    @APIResponse(responseCode = "200", description = "One page of plans")
    public PageResponse<PlanDto.Summary> list(
            @QueryParam("status") @Parameter(description = "Only plans in this status", example = "COMPLETED") PlanStatus status,
            @Valid @BeanParam PageQuery page) {
        return service.list(status, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getPlan", summary = "Get a plan", description = "Status, progress and, once done, the result.")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanDto.Response get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/events")
    @RolesAllowed("viewer")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(operationId = "streamPlanEvents", summary = "Stream a plan's progress",
            description = "Server-Sent Events: the state now, progress while solving, and an 'end' event; the stream then closes.")
    @APIResponse(responseCode = "200", description = "The event stream")
    @APIResponse(responseCode = "404", description = "No such plan")
    public Multi<PlanDto.Event> events(@PathParam("id") UUID id) {
        return service.events(id);
    }

    @GET
    @Path("{id}/report")
    @RolesAllowed("viewer")
    @Produces({ PlanReportMedia.MARKDOWN, MediaType.TEXT_PLAIN })
    @Operation(operationId = "getPlanReport", summary = "Get a plan as a readable report",
            description = "A report a planner can read and paste: status, horizon, weights, score; assignments; "
                    + "unplaced workloads with their explanations; shortfalls; investment options with capex and lead "
                    + "time; totals. text/markdown (GitHub tables) by default; text/plain gives the same layout "
                    + "without Markdown escaping.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = PlanReportMedia.MARKDOWN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "Kenya", value = PlanReportMedia.KENYA)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "406", description = "Neither text/markdown nor text/plain is acceptable")
    @APIResponse(responseCode = "409", description = "The plan has no result: queued, solving, failed, or cancelled "
            + "before solving started")
    public Response report(@PathParam("id") UUID id, @Context Request request) {
        Variant chosen = request.selectVariant(PlanReportMedia.VARIANTS);
        boolean plain = chosen != null && chosen.getMediaType().isCompatible(MediaType.TEXT_PLAIN_TYPE);
        return Response.ok(service.report(id, plain ? PlanReport.Format.PLAIN : PlanReport.Format.MARKDOWN),
                plain ? PlanReportMedia.PLAIN_UTF8 : PlanReportMedia.MARKDOWN_UTF8).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("planner")
    @Operation(operationId = "cancelPlan", summary = "Cancel a plan early",
            description = "Stops solving; the best plan found so far is kept as the CANCELLED plan's result. The "
                    + "request is recorded on the plan (cancelRequestedAt): the replica solving it stops at once if it "
                    + "received the request, otherwise at its next lease renewal (sovplan.placement.replica."
                    + "renew-interval-seconds, 10 s by default).")
    @APIResponse(responseCode = "202", description = "Cancelling; the plan ends CANCELLED shortly (or COMPLETED or "
            + "FAILED if it ended first)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan already ended")
    public Response cancel(@PathParam("id") UUID id) {
        return Response.accepted(service.cancel(id)).build();
    }

    @POST
    @Path("{id}/commit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("planner")
    @Operation(operationId = "commitPlan", summary = "Reserve a plan's GPUs in capacity-service",
            description = "A saga persisted step by step: each assignment's GPUs and exact IT power are reserved "
                    + "under an Idempotency-Key that stays the same across retries, and workloads the plan moves "
                    + "(committedWorkloads MOVE) have their old reservations released first. Idempotent: a committed "
                    + "plan answers its reservations again, and asking again after a 503 finishes the same commit. "
                    + "A refused reservation undoes everything the commit did (409). A commit left unfinished is "
                    + "undone in the background after sovplan.placement.commits.abandon-after (15 min).")
    @APIResponse(responseCode = "200", description = "Committed: the reservations")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan has no result, was released, a workload was "
            + "committed by another plan since this one was made, the commit is running elsewhere, or capacity-service "
            + "refused a reservation (the commit was undone)")
    @APIResponse(responseCode = "503", description = "capacity-service is unavailable; the commit is kept: ask again",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    @Idempotent
    @Parameter(name = IdempotencyFilter.HEADER, in = ParameterIn.HEADER, description = IdempotencyFilter.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255), example = "2f1c9a7e-3d4b-4e8f-a6b2-9c0d1e2f3a4b")
    public PlanDto.Commit commit(@PathParam("id") UUID id) {
        return commits.commit(id);
    }

    @POST
    @Path("{id}/release")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("planner")
    @Operation(operationId = "releasePlan", summary = "Release a committed plan's reservations",
            description = "Releases every reservation the plan still holds (those moved to later plans stay with "
                    + "them); a commit not yet finished is undone instead. Only the planner who committed the plan, "
                    + "or an admin, may release it. Idempotent: a released plan answers its released commit again.")
    @APIResponse(responseCode = "200", description = "Released (state RELEASED, or ABORTED for an unfinished commit)")
    @APIResponse(responseCode = "403", description = "Not the planner who committed the plan, nor an admin")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "The plan was never committed, or it is being committed or "
            + "released right now")
    @APIResponse(responseCode = "503", description = "capacity-service is unavailable; the release is kept: ask "
            + "again, or it finishes in the background",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    public PlanDto.Commit release(@PathParam("id") UUID id) {
        return commits.release(id);
    }
}
