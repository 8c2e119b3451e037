package org.sovplan.placement.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.sovplan.placement.client.CapacityViews.Page;
import org.sovplan.placement.client.EnergyViews.GridZoneView;
import org.sovplan.placement.client.EnergyViews.HeadroomView;
import org.sovplan.placement.client.EnergyViews.UpgradeCandidateView;

/**
 * energy-service for the rest of this service, with timeouts, retries and a circuit breaker from
 * config ({@code org.sovplan.placement.client.EnergyClient/Timeout/value} ...); a 404 is an answer, and a 401
 * makes {@link ServiceToken} fetch a new token and repeat the call once.
 */
@ApplicationScoped
@Timeout(5000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ServiceAccountRefusedException.class)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10000, successThreshold = 1,
        skipOn = ServiceAccountRefusedException.class)
public class EnergyClient {

    static final String SERVICE = "energy-service";

    private final EnergyApi api;
    private final ServiceToken token;

    public EnergyClient(@RestClient EnergyApi api, ServiceToken token) {
        this.api = api;
        this.token = token;
    }

    /** Every grid zone. */
    public List<GridZoneView> zones() {
        List<GridZoneView> all = new ArrayList<>();
        for (int page = 0; page < CapacityClient.MAX_PAGES; page++) {
            int current = page;
            Page<GridZoneView> answer = token.call(SERVICE,
                    bearer -> api.zones(bearer, current, CapacityClient.PAGE_SIZE));
            all.addAll(answer.items());
            if (answer.items().size() < CapacityClient.PAGE_SIZE || all.size() >= answer.total()) {
                break;
            }
        }
        return all;
    }

    /** A zone's candidate grid upgrades; none when energy-service does not know the zone. */
    public List<UpgradeCandidateView> upgradeCandidates(String zoneCode) {
        List<UpgradeCandidateView> all = new ArrayList<>();
        try {
            for (int page = 0; page < CapacityClient.MAX_PAGES; page++) {
                int current = page;
                Page<UpgradeCandidateView> answer = token.call(SERVICE,
                        bearer -> api.upgradeCandidates(bearer, zoneCode, current, CapacityClient.PAGE_SIZE));
                all.addAll(answer.items());
                if (answer.items().size() < CapacityClient.PAGE_SIZE || all.size() >= answer.total()) {
                    break;
                }
            }
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                throw e;
            }
        }
        return all;
    }

    /** A zone's headroom as of a date, empty when energy-service does not know the zone. */
    public Optional<HeadroomView> headroom(String zoneCode, LocalDate asOf) {
        try {
            return Optional.of(token.call(SERVICE, bearer -> api.headroom(bearer, zoneCode, asOf)));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
