package org.sovplan.placement.scenario.run;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.placement.scenario.ScenarioService;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import org.sovplan.common.idempotency.Idempotent;
import org.sovplan.common.idempotency.IdempotencyFilter;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Runs of a scenario: planners of its region start and cancel them; viewers read, follow and report them. */
@Path("/api/v1/scenarios/{id}/runs")
@Tag(name = "Scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScenarioRunResource {

    static final String MARKDOWN = "text/markdown";
    static final MediaType MARKDOWN_UTF8 = new MediaType("text", "markdown", "UTF-8");
    static final MediaType PLAIN_UTF8 = new MediaType("text", "plain", "UTF-8");
    static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.valueOf(MARKDOWN), MediaType.TEXT_PLAIN_TYPE).build();

    private final ScenarioRunService runs;
    private final ScenarioService scenarios;

    public ScenarioRunResource(ScenarioRunService runs, ScenarioService scenarios) {
        this.runs = runs;
        this.scenarios = scenarios;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("planner")
    @Operation(operationId = "startScenarioRun", summary = "Solve a scenario",
            description = "Reads capacity and energy now, then solves the MILP asynchronously; follow Location or the events stream. The body is optional.")
    @APIResponse(responseCode = "202", description = "Queued",
            headers = @Header(name = "Location", description = "The run", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such scenario")
    @APIResponse(responseCode = "422", description = "Unknown variant, time limit too long, or a named workload is gone")
    @APIResponse(responseCode = "429", description = "The solve queue is full; see Retry-After",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "503", description = "capacity-service or energy-service is unavailable")
    @Idempotent
    @Parameter(name = IdempotencyFilter.HEADER, in = ParameterIn.HEADER, description = IdempotencyFilter.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255), example = "2f1c9a7e-3d4b-4e8f-a6b2-9c0d1e2f3a4b")
    public Response start(@PathParam("id") UUID id, @Valid RunDto.CreateRequest request) {
        RunDto.Response run = runs.start(id, request);
        return Response.accepted(run).location(URI.create("/api/v1/scenarios/" + id + "/runs/" + run.id())).build();
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listScenarioRuns", summary = "List a scenario's runs", description = "Oldest first; results are left out.")
    @APIResponse(responseCode = "200", description = "One page of runs")
    @APIResponse(responseCode = "404", description = "No such scenario")
    public PageResponse<RunDto.Summary> list(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return runs.list(id, page);
    }

    @GET
    @Path("{runId}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getScenarioRun", summary = "Get a run", description = "Status, progress and, once done, the result.")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No such scenario or run")
    public RunDto.Response get(@PathParam("id") UUID id, @PathParam("runId") UUID runId) {
        return runs.get(id, runId);
    }

    @GET
    @Path("{runId}/events")
    @RolesAllowed("viewer")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(operationId = "streamScenarioRunEvents", summary = "Stream a run's progress",
            description = "Server-Sent Events: the state now, progress while solving (elapsed time, each lease renewal), and an 'end' event; the stream then closes.")
    @APIResponse(responseCode = "200", description = "The event stream")
    @APIResponse(responseCode = "404", description = "No such scenario or run")
    public Multi<RunDto.Event> events(@PathParam("id") UUID id, @PathParam("runId") UUID runId) {
        return runs.events(id, runId);
    }

    @DELETE
    @Path("{runId}")
    @RolesAllowed("planner")
    @Operation(operationId = "cancelScenarioRun", summary = "Cancel a run early",
            description = "Interrupts the solver; the best solution found so far becomes the CANCELLED run's result, with its gap. Another replica solving the run stops at its next lease renewal.")
    @APIResponse(responseCode = "202", description = "Cancelling",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such scenario or run")
    @APIResponse(responseCode = "409", description = "The run already ended")
    public Response cancel(@PathParam("id") UUID id, @PathParam("runId") UUID runId) {
        return Response.accepted(runs.cancel(id, runId)).build();
    }

    @GET
    @Path("{runId}/report")
    @RolesAllowed("viewer")
    @Produces({ MARKDOWN, MediaType.TEXT_PLAIN })
    @Operation(operationId = "getScenarioRunReport", summary = "Get a run as a readable report",
            description = "Build schedule, costs and carbon by year, capacity stacked by model and by site, unserved demand "
                    + "with reasons, binding constraints, substitutions, solver status and gap. text/markdown by default; "
                    + "text/plain gives the same layout without Markdown escaping.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "404", description = "No such scenario or run")
    @APIResponse(responseCode = "406", description = "Neither text/markdown nor text/plain is acceptable")
    @APIResponse(responseCode = "409", description = "The run has no result")
    public Response report(@PathParam("id") UUID id, @PathParam("runId") UUID runId, @Context Request request) {
        Variant chosen = request.selectVariant(VARIANTS);
        boolean plain = chosen != null && chosen.getMediaType().isCompatible(MediaType.TEXT_PLAIN_TYPE);
        ScenarioRun run = runs.withResult(id, runId);
        return Response.ok(ScenarioReport.render(scenarios.find(id), run, !plain), plain ? PLAIN_UTF8 : MARKDOWN_UTF8)
                .build();
    }
}
