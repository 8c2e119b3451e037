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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.sovplan.placement.client.CapacityViews.AcceleratorModelView;
import org.sovplan.placement.client.CapacityViews.Page;
import org.sovplan.placement.client.CapacityViews.RegionView;
import org.sovplan.placement.client.CapacityViews.ReservationRequest;
import org.sovplan.placement.client.CapacityViews.ReservationView;
import org.sovplan.placement.client.CapacityViews.SiteView;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** capacity-service over HTTP, with the service account's token; wrapped by {@link CapacityClient}. */
@RegisterRestClient(configKey = "capacity")
@OidcClientFilter
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface CapacityApi {

    @GET
    @Path("sites")
    Page<SiteView> sites(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("accelerator-models")
    Page<AcceleratorModelView> models(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("accelerator-models/{code}")
    AcceleratorModelView model(@PathParam("code") String code);

    @GET
    @Path("regions/{code}")
    RegionView region(@PathParam("code") String code);

    @POST
    @Path("reservations")
    ReservationView reserve(@HeaderParam("Idempotency-Key") String idempotencyKey, ReservationRequest request);

    @GET
    @Path("reservations")
    Page<ReservationView> reservations(@QueryParam("reference") String reference, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("reservations/{id}")
    ReservationView reservation(@PathParam("id") UUID id);

    @DELETE
    @Path("reservations/{id}")
    void release(@PathParam("id") UUID id);
}
