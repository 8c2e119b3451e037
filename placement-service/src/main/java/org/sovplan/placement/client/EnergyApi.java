package org.sovplan.placement.client;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.sovplan.placement.client.CapacityViews.Page;
import org.sovplan.placement.client.EnergyViews.GridZoneView;
import org.sovplan.placement.client.EnergyViews.HeadroomView;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** energy-service over HTTP, with the service account's token; wrapped by {@link EnergyClient}. */
@RegisterRestClient(configKey = "energy")
@OidcClientFilter
@Path("/api/v1/grid-zones")
@Produces(MediaType.APPLICATION_JSON)
interface EnergyApi {

    @GET
    Page<GridZoneView> zones(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("{code}/headroom")
    HeadroomView headroom(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf);
}
