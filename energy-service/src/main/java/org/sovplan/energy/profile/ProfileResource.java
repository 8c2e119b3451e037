package org.sovplan.energy.profile;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Versions;

/** REST resource of a zone's typical profile, read as JSON and replaced from JSON or CSV. */
@Path("/api/v1/grid-zones/{code}/profile")
@Tag(name = "Grid zone profiles", description = "Typical 12 month x 24 UTC hour carbon and price profiles")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private static final String CSV = "text/csv";

    private final ProfileService service;
    private final ObjectMapper json;
    private final Validator validator;

    public ProfileResource(ProfileService service, ObjectMapper json, Validator validator) {
        this.service = service;
        this.json = json;
        this.validator = validator;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "getGridZoneProfile", summary = "Get a zone's typical profile",
            description = "288 rows (month 1-12, UTC hour 0-23). A zone without a profile answers 404; quotes then"
                    + " use its flat annual figures.")
    @APIResponse(responseCode = "200", description = "The profile; ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such grid zone, or it has no profile")
    public Response get(@PathParam("code") String code) {
        ProfileDto.Response profile = service.get(code);
        return Response.ok(profile).tag(Versions.entityTag(profile.version())).build();
    }

    // One method for both forms, so that OpenAPI shows one operation with two bodies; the JSON form
    // is read and validated here exactly as the framework would, so its errors are the usual ones.
    @PUT
    @Consumes({ MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed("admin")
    @Operation(operationId = "replaceGridZoneProfile", summary = "Replace a zone's typical profile (JSON or CSV)",
            description = "Exactly one row per month x UTC hour (288). application/json: a ProfileRequest. text/csv:"
                    + " header month,hour,carbonIntensityGPerKwh,priceUsdPerMwh then 288 rows, with source (required)"
                    + " and estimated as query parameters. The whole body is checked before anything is written; a"
                    + " bad row rejects it with row-level errors (rows[i].column, i counting data rows from 0). An"
                    + " identical replacement changes nothing. Optional If-Match must name the current profile version.")
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDto.Request.class)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
                example = "month,hour,carbonIntensityGPerKwh,priceUsdPerMwh\n1,0,720,55\n1,1,718,55\n")) })
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged when identical)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDto.Response.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such grid zone")
    @APIResponse(responseCode = "409", description = "Stale If-Match")
    public Response replace(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("source") @Parameter(description = "text/csv only, required there: where the figures come from")
            String source,
            @QueryParam("estimated") @DefaultValue("false")
            @Parameter(description = "text/csv only: whether the profile is estimated or illustrative") boolean estimated,
            @Context HttpHeaders headers, String body) throws JsonProcessingException {
        if (headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.valueOf(CSV))) {
            return answer(service.importCsv(code, body, source, estimated, ifMatch));
        }
        if (source != null) {
            throw ApiException.invalidField("source", "goes in the JSON body; the query parameter is for text/csv");
        }
        ProfileDto.Request request = json.readValue(body, ProfileDto.Request.class);
        if (request == null) {
            throw ApiException.badRequest("body: a ProfileRequest is required", List.of());
        }
        Set<ConstraintViolation<ProfileDto.Request>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return answer(service.replace(code, request, ifMatch));
    }

    @DELETE
    @RolesAllowed("admin")
    @Operation(operationId = "deleteGridZoneProfile", summary = "Delete a zone's typical profile",
            description = "Quotes then fall back to the series or the zone's flat annual figures.")
    @APIResponse(responseCode = "204", description = "Deleted, or there was none")
    @APIResponse(responseCode = "404", description = "No such grid zone")
    public void delete(@PathParam("code") String code) {
        service.delete(code);
    }

    private static Response answer(ProfileService.Result result) {
        return Response.status(result.created() ? 201 : 200).entity(result.profile())
                .tag(Versions.entityTag(result.profile().version())).build();
    }
}
