package org.sovplan.placement.client;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.sovplan.placement.client.CapacityViews.Page;
import org.sovplan.placement.client.EnergyViews.GridZoneView;
import org.sovplan.placement.client.EnergyViews.HeadroomView;
import org.sovplan.placement.client.EnergyViews.UpgradeCandidateView;

/**
 * energy-service over HTTP; every call carries the service account's token ({@link ServiceToken}) as its
 * {@code authorization} argument. Wrapped by {@link EnergyClient}.
 */
@RegisterRestClient(configKey = "energy")
@Path("/api/v1/grid-zones")
@Produces(MediaType.APPLICATION_JSON)
interface EnergyApi {

    @GET
    Page<GridZoneView> zones(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("{code}/headroom")
    HeadroomView headroom(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("code") String code, @QueryParam("asOf") LocalDate asOf);

    @GET
    @Path("{code}/upgrade-candidates")
    Page<UpgradeCandidateView> upgradeCandidates(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("code") String code, @QueryParam("page") int page, @QueryParam("size") int size);
}
