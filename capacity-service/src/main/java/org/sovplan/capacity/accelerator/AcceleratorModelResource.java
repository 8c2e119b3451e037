package org.sovplan.capacity.accelerator;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.problem.Versions;

@Path("/api/v1/accelerator-models")
@Tag(name = "Accelerator models", description = "The catalogue of accelerators with their public specifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AcceleratorModelResource {

    static final String EXAMPLE = """
            {"code": "NVIDIA_H100_SXM", "vendor": "NVIDIA", "name": "H100 SXM5 80GB", "formFactor": "SXM", "acceleratorClass": "TRAINING",
             "memoryGb": 80, "memoryBandwidthTbps": 3.35, "tdpWatts": 700, "bf16DenseTflops": 989,
             "fp8DenseTflops": 1979, "int8DenseTops": 1979, "unitPriceUsd": 30000, "priceEstimated": true,
             "source": "NVIDIA H100 Tensor Core GPU datasheet"}""";

    private final AcceleratorModelService service;

    public AcceleratorModelResource(AcceleratorModelService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listAcceleratorModels", summary = "List accelerator models")
    @APIResponse(responseCode = "200", description = "One page of the catalogue")
    public PageResponse<AcceleratorModelDto.Response> list(
            @QueryParam("vendor") @Parameter(description = "Only this vendor", example = "NVIDIA") String vendor,
            @QueryParam("formFactor") @Parameter(description = "Only this form factor", example = "SXM") String formFactor,
            @Valid @BeanParam PageQuery page) {
        return service.list(vendor, formFactor, page);
    }

    @GET
    @Path("{code}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getAcceleratorModel", summary = "Get an accelerator model")
    @APIResponse(responseCode = "200", description = "The model; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceleratorModelDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such model")
    public Response get(@PathParam("code") @Parameter(example = "NVIDIA_H100_SXM") String code) {
        AcceleratorModelDto.Response model = service.get(code);
        return Response.ok(model).tag(Versions.entityTag(model.version())).build();
    }

    @POST
    @RolesAllowed("admin")
    @Operation(operationId = "createAcceleratorModel", summary = "Add an accelerator model to the catalogue",
            description = "Needs role admin and sovplan_regions [\"*\"]: the catalogue is shared by all regions.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "h100", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceleratorModelDto.Response.class)))
    @APIResponse(responseCode = "409", description = "The code exists")
    public Response create(@Valid @NotNull AcceleratorModelDto.Request request) {
        AcceleratorModelDto.Response created = service.create(request);
        return Response.created(URI.create("/api/v1/accelerator-models/" + created.code())).entity(created)
                .tag(Versions.entityTag(created.version())).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed("admin")
    @Operation(operationId = "updateAcceleratorModel", summary = "Update an accelerator model",
            description = "Replaces every field. Send the version you read (body 'version' or If-Match); a stale one is refused with 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "h100", value = """
                    {"vendor": "NVIDIA", "name": "H100 SXM5 80GB", "formFactor": "SXM", "memoryGb": 80,
                     "memoryBandwidthTbps": 3.35, "tdpWatts": 700, "bf16DenseTflops": 989, "unitPriceUsd": 28000,
                     "priceEstimated": true, "source": "NVIDIA H100 datasheet", "version": 0}""")))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceleratorModelDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such model")
    @APIResponse(responseCode = "409", description = "Stale version")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("code") String code,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"3\"") String ifMatch,
            @Valid @NotNull AcceleratorModelDto.Request request) {
        AcceleratorModelDto.Response updated = service.update(code, request, ifMatch);
        return Response.ok(updated).tag(Versions.entityTag(updated.version())).build();
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed("admin")
    @Operation(operationId = "deleteAcceleratorModel", summary = "Remove an accelerator model no pool or reservation uses")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such model")
    @APIResponse(responseCode = "409", description = "Pools or reservations use the model")
    public void delete(@PathParam("code") String code) {
        service.delete(code);
    }
}
