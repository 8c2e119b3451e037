package org.sovplan.energy.profile;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.problem.Versions;

/** REST resource of a zone's real hourly series, imported from CSV and read in pages. */
@Path("/api/v1/grid-zones/{code}/series")
@Tag(name = "Grid zone profiles")
@Produces(MediaType.APPLICATION_JSON)
public class SeriesResource {

    private final SeriesService service;

    public SeriesResource(SeriesService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listGridZoneSeriesPoints", summary = "Read a zone's real hourly series",
            description = "Points in [from, to), in time order, paged.")
    @APIResponse(responseCode = "200", description = "One page of hourly points")
    @APIResponse(responseCode = "404", description = "No such grid zone")
    public PageResponse<SeriesDto.Point> read(@PathParam("code") String code,
            @QueryParam("from") @Parameter(description = "First hour, inclusive (UTC)",
                    example = "2024-01-01T00:00:00Z") Instant from,
            @QueryParam("to") @Parameter(description = "Last hour, exclusive (UTC)",
                    example = "2024-02-01T00:00:00Z") Instant to,
            @Valid @BeanParam PageQuery page) {
        return service.read(code, from, to, page);
    }

    @PUT
    @Consumes("text/csv")
    @RolesAllowed("admin")
    @Operation(operationId = "importGridZoneSeriesCsv", summary = "Replace a zone's real hourly series from CSV",
            description = "Header timestamp,carbonIntensityGPerKwh,priceUsdPerMwh; timestamps on whole UTC hours."
                    + " A bad row rejects the whole file with row-level errors. Series hours take precedence over the"
                    + " typical profile in quotes.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesDto.Summary.class)))
    @APIResponse(responseCode = "404", description = "No such grid zone")
    @APIResponse(responseCode = "409", description = "Stale If-Match")
    public Response importCsv(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("source") @Parameter(description = "Where the figures come from", required = true,
                    example = "Operator hourly data 2024") String source,
            @QueryParam("estimated") @DefaultValue("false")
            @Parameter(description = "Whether the series is estimated or illustrative") boolean estimated,
            String csv) {
        SeriesDto.Summary summary = service.importCsv(code, csv, source, estimated, ifMatch);
        return Response.ok(summary).tag(Versions.entityTag(summary.version())).build();
    }

    @DELETE
    @RolesAllowed("admin")
    @Operation(operationId = "deleteGridZoneSeries", summary = "Delete a zone's real hourly series")
    @APIResponse(responseCode = "204", description = "Deleted, or there was none")
    @APIResponse(responseCode = "404", description = "No such grid zone")
    public void delete(@PathParam("code") String code) {
        service.delete(code);
    }
}
