package org.sovplan.capacity.site;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.sovplan.common.idempotency.Idempotent;
import org.sovplan.common.idempotency.IdempotencyFilter;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.problem.Versions;

@Path("/api/v1/sites")
@Tag(name = "Sites", description = "Data centres and edge sites with their power and accelerators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteResource {

    static final String CSV = "text/csv";

    static final String EXAMPLE = """
            {"name": "Nairobi Sovereign Cloud 1", "regionCode": "KE-30", "type": "SOVEREIGN_CLOUD",
             "operator": "Example Sovereign Cloud Ltd", "operatorHqCountry": "KE", "jurisdiction": "KE",
             "sovereigntyLevel": "SEAL-3", "certifications": ["ISO27001"], "status": "OPERATIONAL",
             "availableFrom": "2025-06-01", "itCapacityMw": 10.0, "pue": 1.5, "gridZoneCode": "KE",
             "lat": -1.29, "lon": 36.82, "tier": 3, "source": "operator press release", "estimated": true,
             "pools": [{"modelCode": "NVIDIA_H100_SXM", "installed": 256}]}""";

    static final String CSV_EXAMPLE = """
            name,regionCode,type,operator,operatorHqCountry,jurisdiction,sovereigntyLevel,certifications,status,availableFrom,itCapacityMw,pue,gridZoneCode,lat,lon,tier,pools,source,estimated
            Nairobi Sovereign Cloud 1,KE-30,SOVEREIGN_CLOUD,Example Ltd,KE,KE,SEAL-3,ISO27001;PCI-DSS,OPERATIONAL,2025-06-01,10,1.5,KE,-1.29,36.82,3,NVIDIA_H100_SXM:256;NVIDIA_L4:64,press release,true
            """;

    private final SiteService service;
    private final SiteImportService imports;

    public SiteResource(SiteService service, SiteImportService imports) {
        this.service = service;
        this.imports = imports;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(operationId = "listSites", summary = "List sites",
            description = "Filters combine with AND. Sortable by name, regionCode, type, status, sovereigntyLevel, "
                    + "availableFrom, itCapacityMw, pue, gridZoneCode, createdAt.")
    @APIResponse(responseCode = "200", description = "One page of sites, each with its pools")
    public PageResponse<SiteDto.Response> list(@Valid @BeanParam SiteFilter filter, @Valid @BeanParam PageQuery page) {
        return service.list(filter, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed("viewer")
    @Operation(operationId = "getSite", summary = "Get a site with its pools")
    @APIResponse(responseCode = "200", description = "The site; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such site")
    public Response get(@PathParam("id") UUID id) {
        SiteDto.Response site = service.get(id);
        return Response.ok(site).tag(Versions.entityTag(site.version())).build();
    }

    @POST
    @RolesAllowed("admin")
    @Operation(operationId = "createSite", summary = "Create a site, optionally with its pools",
            description = "Needs role admin and the site's country in the token's sovplan_regions.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "sovereign-cloud", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteDto.Response.class)))
    @APIResponse(responseCode = "409", description = "A site of that name exists in the region")
    @APIResponse(responseCode = "422", description = "Unknown region or model, or no availableFrom for a site not yet built")
    @Idempotent
    @Parameter(name = IdempotencyFilter.HEADER, in = ParameterIn.HEADER, description = IdempotencyFilter.DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = 255), example = "2f1c9a7e-3d4b-4e8f-a6b2-9c0d1e2f3a4b")
    public Response create(@Valid @NotNull SiteDto.Request request) {
        SiteDto.Response created = service.create(request);
        return Response.created(URI.create("/api/v1/sites/" + created.id())).entity(created)
                .tag(Versions.entityTag(created.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(operationId = "updateSite", summary = "Update a site",
            description = "Replaces every field but the pools. Send the version you read (body 'version' or If-Match); "
                    + "a stale one is refused with 409. Moving a site needs write access to both regions.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "expand", value = """
                    {"name": "Nairobi Sovereign Cloud 1", "regionCode": "KE-30", "type": "SOVEREIGN_CLOUD",
                     "operator": "Example Sovereign Cloud Ltd", "operatorHqCountry": "KE", "jurisdiction": "KE",
                     "sovereigntyLevel": "SEAL-3", "status": "OPERATIONAL", "availableFrom": "2025-06-01",
                     "itCapacityMw": 15.0, "pue": 1.4, "gridZoneCode": "KE", "lat": -1.29, "lon": 36.82, "version": 0}""")))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteDto.Response.class)))
    @APIResponse(responseCode = "404", description = "No such site")
    @APIResponse(responseCode = "409", description = "Stale version, duplicate name, or decommissioning with active reservations")
    @APIResponse(responseCode = "422", description = "Unknown region, no availableFrom, or itCapacityMw below the reserved IT MW")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"3\"") String ifMatch,
            @Valid @NotNull SiteDto.Request request) {
        SiteDto.Response updated = service.update(id, request, ifMatch);
        return Response.ok(updated).tag(Versions.entityTag(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("admin")
    @Operation(operationId = "deleteSite", summary = "Delete a site, its pools and its released reservations")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such site")
    @APIResponse(responseCode = "409", description = "The site has active reservations")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @POST
    @Path("import")
    @RolesAllowed("admin")
    @Consumes({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "importSites", summary = "Import many sites at once, all or nothing",
            description = "JSON: an array of site requests (each may carry pools). CSV: a header line naming the columns "
                    + "(the JSON field names, any order; required: name, regionCode, type, operator, operatorHqCountry, "
                    + "jurisdiction, sovereigntyLevel, status, itCapacityMw, pue, gridZoneCode, lat, lon), certifications "
                    + "separated by ';', pools as MODEL:COUNT;MODEL:COUNT, an empty cell for an absent value. At most 5000 "
                    + "rows. Any finding refuses the whole import; findings name their row, e.g. rows[3].pue (the 4th "
                    + "site; in CSV, line 5). With ifExists=skip, rows naming an existing site (same region and name) "
                    + "are skipped rather than refused, which makes re-running an import harmless.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SiteDto.Request.class),
                    examples = @ExampleObject(name = "one-site", value = "[" + EXAMPLE + "]")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "one-site", value = CSV_EXAMPLE)) })
    @APIResponse(responseCode = "200", description = "Imported: what happened to each row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteImportDto.Result.class)))
    @APIResponse(responseCode = "403", description = "A row lies outside the token's regions")
    @APIResponse(responseCode = "413", description = "More than 5000 rows")
    @APIResponse(responseCode = "415", description = "Neither application/json nor text/csv")
    @APIResponse(responseCode = "422", description = "Unknown region or model, missing availableFrom, duplicate sites")
    public SiteImportDto.Result importSites(
            @QueryParam("ifExists") @DefaultValue("fail") @Pattern(regexp = "fail|skip", message = "must be fail or skip")
            @Parameter(description = "What to do with a row naming an existing site: fail (default) or skip",
                    schema = @Schema(enumeration = { "fail", "skip" })) String ifExists,
            @Context HttpHeaders headers, String body) {
        boolean skip = "skip".equals(ifExists);
        MediaType type = headers.getMediaType();
        return type != null && type.isCompatible(MediaType.valueOf(CSV)) ? imports.importCsv(body, skip)
                : imports.importJson(body, skip);
    }
}
