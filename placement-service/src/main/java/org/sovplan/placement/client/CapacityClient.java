package org.sovplan.placement.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.sovplan.placement.client.CapacityViews.AcceleratorModelView;
import org.sovplan.placement.client.CapacityViews.Page;
import org.sovplan.placement.client.CapacityViews.RegionView;
import org.sovplan.placement.client.CapacityViews.ReservationRequest;
import org.sovplan.placement.client.CapacityViews.ReservationView;
import org.sovplan.placement.client.CapacityViews.SiteView;

/**
 * capacity-service for the rest of this service: timeouts, retries and a circuit breaker whose
 * values come from config ({@code org.sovplan.placement.client.CapacityClient/Timeout/value} ...).
 * A 404 is an answer (empty), and so are a reservation's 409 and 422 (a refused outcome). A 401 makes
 * {@link ServiceToken} fetch a new token and repeat the call once, before anything counts as a failure.
 */
@ApplicationScoped
@Timeout(5000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ServiceAccountRefusedException.class)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10000, successThreshold = 1,
        skipOn = ServiceAccountRefusedException.class)
public class CapacityClient {

    static final int PAGE_SIZE = 500;
    static final int MAX_PAGES = 100;

    static final String SERVICE = "capacity-service";

    private final CapacityApi api;
    private final ServiceToken token;

    public CapacityClient(@RestClient CapacityApi api, ServiceToken token) {
        this.api = api;
        this.token = token;
    }

    /** Every site with its pools, page by page. */
    public List<SiteView> sites() {
        List<SiteView> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            int current = page;
            Page<SiteView> answer = token.call(SERVICE, bearer -> api.sites(bearer, current, PAGE_SIZE));
            all.addAll(answer.items());
            if (answer.items().size() < PAGE_SIZE || all.size() >= answer.total()) {
                break;
            }
        }
        return all;
    }

    /** The accelerator catalogue. */
    public List<AcceleratorModelView> models() {
        List<AcceleratorModelView> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            int current = page;
            Page<AcceleratorModelView> answer = token.call(SERVICE, bearer -> api.models(bearer, current, PAGE_SIZE));
            all.addAll(answer.items());
            if (answer.items().size() < PAGE_SIZE || all.size() >= answer.total()) {
                break;
            }
        }
        return all;
    }

    /** Every region (countries and subdivisions), page by page. */
    public List<RegionView> regions() {
        List<RegionView> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<RegionView> answer = api.regions(page, PAGE_SIZE);
            all.addAll(answer.items());
            if (answer.items().size() < PAGE_SIZE || all.size() >= answer.total()) {
                break;
            }
        }
        return all;
    }

    /** One accelerator model, empty when capacity-service does not know it. */
    public Optional<AcceleratorModelView> model(String code) {
        try {
            return Optional.of(token.call(SERVICE, bearer -> api.model(bearer, code)));
        } catch (WebApplicationException e) {
            return absentOn404(e);
        }
    }

    /** One region, empty when capacity-service does not know it. */
    public Optional<RegionView> region(String code) {
        try {
            return Optional.of(token.call(SERVICE, bearer -> api.region(bearer, code)));
        } catch (WebApplicationException e) {
            return absentOn404(e);
        }
    }

    /** Reserves GPUs; the same key with the same body answers the same reservation. */
    public ReservationOutcome reserve(String idempotencyKey, ReservationRequest request) {
        try {
            return ReservationOutcome.reserved(
                    token.call(SERVICE, bearer -> api.reserve(bearer, idempotencyKey, request)));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409 || status == 422) {
                return ReservationOutcome.refused(status, e.getResponse().hasEntity()
                        ? e.getResponse().readEntity(String.class) : "");
            }
            throw e;
        }
    }

    /** Releases a reservation; releasing an unknown or released one is fine. */
    public void release(UUID reservationId) {
        try {
            token.call(SERVICE, bearer -> {
                api.release(bearer, reservationId);
                return null;
            });
        } catch (WebApplicationException e) {
            absentOn404(e);
        }
    }

    /**
     * The active reservations made with this reference (a commit's step looks for what a call
     * whose answer was lost left behind). A step's reference names one plan and workload, so
     * the first page holds them all.
     */
    public List<ReservationView> activeReservations(String reference) {
        return api.reservations(reference, "ACTIVE", 0, PAGE_SIZE).items();
    }

    /** One reservation, empty when capacity-service does not know it. */
    public Optional<ReservationView> reservation(UUID id) {
        try {
            return Optional.of(api.reservation(id));
        } catch (WebApplicationException e) {
            return absentOn404(e);
        }
    }

    private static <T> Optional<T> absentOn404(WebApplicationException e) {
        if (e.getResponse().getStatus() == 404) {
            return Optional.empty();
        }
        throw e;
    }

    /** A reservation made, or refused by capacity-service with 409 (not enough) or 422 (unknown site or model). */
    public record ReservationOutcome(ReservationView reservation, int refusedStatus, String refusal) {

        static ReservationOutcome reserved(ReservationView view) {
            return new ReservationOutcome(view, 0, null);
        }

        static ReservationOutcome refused(int status, String body) {
            return new ReservationOutcome(null, status, body);
        }

        public boolean isReserved() {
            return reservation != null;
        }
    }
}
