package org.sovplan.placement.client;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.sovplan.placement.client.CapacityViews.AcceleratorModelView;
import org.sovplan.placement.client.CapacityViews.Page;
import org.sovplan.placement.client.CapacityViews.RegionView;
import org.sovplan.placement.client.CapacityViews.ReservationRequest;
import org.sovplan.placement.client.CapacityViews.ReservationView;
import org.sovplan.placement.client.CapacityViews.SiteView;

/**
 * capacity-service over HTTP; every call carries the service account's token ({@link ServiceToken}) as its
 * {@code authorization} argument. Wrapped by {@link CapacityClient}.
 */
@RegisterRestClient(configKey = "capacity")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface CapacityApi {

    @GET
    @Path("sites")
    Page<SiteView> sites(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("accelerator-models")
    Page<AcceleratorModelView> models(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("accelerator-models/{code}")
    AcceleratorModelView model(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("code") String code);

    @GET
    @Path("regions")
    Page<RegionView> regions(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("regions/{code}")
    RegionView region(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("code") String code);

    @POST
    @Path("reservations")
    ReservationView reserve(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam("Idempotency-Key") String idempotencyKey, ReservationRequest request);

    @GET
    @Path("reservations")
    Page<ReservationView> reservations(@QueryParam("reference") String reference, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("reservations/{id}")
    ReservationView reservation(@PathParam("id") UUID id);

    @DELETE
    @Path("reservations/{id}")
    void release(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") UUID id);
}
