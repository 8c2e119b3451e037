package org.sovplan.capacity.reservation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sovplan.capacity.CapacityConfig;
import org.sovplan.capacity.accelerator.AcceleratorModel;
import org.sovplan.capacity.accelerator.AcceleratorModelRepository;
import org.sovplan.capacity.accelerator.AcceleratorPool;
import org.sovplan.capacity.accelerator.AcceleratorPoolRepository;
import org.sovplan.capacity.site.Site;
import org.sovplan.capacity.site.SiteRepository;
import org.sovplan.capacity.site.SiteStatus;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.paging.Sorting;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Problem.FieldError;
import org.sovplan.common.security.RegionScope;


/**
 * Reserving accelerators and IT MW at a site, without ever over-allocating either. Every
 * reservation and release locks the site row, then the pool row ({@code SELECT ... FOR UPDATE}),
 * checks, and writes, so that concurrent requests for one site queue up instead of both seeing
 * the same free capacity; the database's CHECK constraints ({@code reserved <= installed},
 * {@code reserved_it_mw <= it_capacity_mw}) would refuse a write that slipped past.
 */
@ApplicationScoped
public class ReservationService {

    private static final Sorting SORTING = new Sorting(
            Map.of("createdAt", "createdAt", "gpus", "gpus", "itMw", "itMw", "status", "status"), "createdAt");

    /** A reservation and whether this request created it (false: an Idempotency-Key replay). */
    public record Outcome(ReservationDto.Response reservation, boolean created) {
    }

    private final ReservationRepository reservations;
    private final IdempotencyKeyRepository keys;
    private final SiteRepository sites;
    private final AcceleratorPoolRepository pools;
    private final AcceleratorModelRepository models;
    private final RegionScope scope;
    private final JsonWebToken caller;
    private final CapacityConfig config;

    public ReservationService(ReservationRepository reservations, IdempotencyKeyRepository keys, SiteRepository sites,
            AcceleratorPoolRepository pools, AcceleratorModelRepository models, RegionScope scope, JsonWebToken caller,
            CapacityConfig config) {
        this.reservations = reservations;
        this.keys = keys;
        this.sites = sites;
        this.pools = pools;
        this.models = models;
        this.scope = scope;
        this.caller = caller;
        this.config = config;
    }

    public PageResponse<ReservationDto.Response> list(UUID siteId, ReservationStatus status, String reference,
            PageQuery page) {
        return PageResponse.of(reservations.search(siteId, status, reference, SORTING.of(page.sort).and("id"))
                , page, ReservationDto.Response::from);
    }

    public ReservationDto.Response get(UUID id) {
        return ReservationDto.Response.from(find(id));
    }

    /**
     * Reserves, or with an Idempotency-Key already used by this caller for the same body, answers
     * the reservation that use created.
     */
    @Transactional
    public Outcome reserve(ReservationDto.Request request, String idempotencyKey) {
        String key = checkKey(idempotencyKey);
        // Lock first: requests for one site (and so replays of one key) queue here, and the
        // second of two identical requests finds the key the first one stored.
        Site site = sites.findForUpdate(request.siteId()).orElseThrow(
                () -> ApiException.unprocessable("siteId", "unknown site " + request.siteId()));
        scope.requireWrite(site.regionCode);
        String hash = hash(request);
        if (key != null) {
            Optional<IdempotencyKey> used = keys.findRecent(subject(), key,
                    Instant.now().minus(config.idempotencyRetention()));
            if (used.isPresent()) {
                return replay(used.get(), hash);
            }
        }
        AcceleratorModel model = models.findByIdOptional(request.modelCode()).orElseThrow(
                () -> ApiException.unprocessable("modelCode", "unknown accelerator model " + request.modelCode()));
        if (site.status == SiteStatus.DECOMMISSIONED) {
            throw ApiException.conflict("site " + site.id + " is decommissioned");
        }
        AcceleratorPool pool = pools.findForUpdate(site.id, model.code).orElseThrow(() -> ApiException.conflict(
                "site " + site.id + " has no " + model.code + " accelerators installed"));
        BigDecimal itMw = request.itMw() != null ? request.itMw() : itMwOf(request.gpus(), model.tdpWatts);
        if (pool.available() < request.gpus()) {
            throw ApiException.conflict("the " + model.code + " pool of site " + site.id + " has " + pool.available()
                    + " of " + pool.installed + " accelerators available; " + request.gpus() + " requested");
        }
        if (site.availableItMw().compareTo(itMw) < 0) {
            throw ApiException.conflict("site " + site.id + " has " + site.availableItMw().stripTrailingZeros().toPlainString()
                    + " IT MW available; " + itMw.stripTrailingZeros().toPlainString() + " requested");
        }
        pool.reserved += request.gpus();
        site.reservedItMw = site.reservedItMw.add(itMw);
        Reservation reservation = newReservation(request, itMw);
        reservations.persist(reservation);
        if (key != null) {
            IdempotencyKey used = new IdempotencyKey();
            used.id = new IdempotencyKey.Id(subject(), key);
            used.requestHash = hash;
            used.reservationId = reservation.id;
            used.createdAt = reservation.createdAt;
            keys.persist(used);
        }
        reservations.flush();
        return new Outcome(ReservationDto.Response.from(reservation), true);
    }

    /** Releases the reservation's accelerators and IT MW; releasing a released one changes nothing. */
    @Transactional
    public void release(UUID id) {
        Reservation reservation = find(id);
        Site site = sites.findForUpdate(reservation.siteId).orElseThrow(() -> ApiException.notFound("reservation", id));
        scope.requireWrite(site.regionCode);
        // Re-read under the site lock: a concurrent release of the same reservation has finished by now.
        reservations.getEntityManager().refresh(reservation, LockModeType.PESSIMISTIC_WRITE);
        if (reservation.status == ReservationStatus.RELEASED) {
            return;
        }
        pools.findForUpdate(reservation.siteId, reservation.modelCode)
                .ifPresent(pool -> pool.reserved = Math.max(0, pool.reserved - reservation.gpus));
        site.reservedItMw = site.reservedItMw.subtract(reservation.itMw).max(BigDecimal.ZERO);
        reservation.status = ReservationStatus.RELEASED;
        reservation.releasedAt = now();
        reservations.flush();
    }

    /**
     * IT MW of {@code gpus} accelerators: gpus × TDP × (1 + server overhead) / 1e6, the server
     * overhead covering the CPUs, memory, network and fans around each accelerator. Exact to the
     * watt: a fraction of a watt goes to the nearest watt, never up by rule.
     */
    BigDecimal itMwOf(int gpus, int tdpWatts) {
        return BigDecimal.valueOf(gpus).multiply(BigDecimal.valueOf(tdpWatts))
                .multiply(BigDecimal.ONE.add(BigDecimal.valueOf(config.serverOverhead())))
                .divide(BigDecimal.valueOf(1_000_000), 6, RoundingMode.HALF_EVEN);
    }

    private Outcome replay(IdempotencyKey used, String hash) {
        if (!used.requestHash.equals(hash)) {
            throw new ApiException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was used with a different request body; use a new key for a new request",
                    List.of(new FieldError("Idempotency-Key", "was used with a different body")));
        }
        return new Outcome(ReservationDto.Response.from(find(used.reservationId)), false);
    }

    private Reservation newReservation(ReservationDto.Request request, BigDecimal itMw) {
        Reservation reservation = new Reservation();
        reservation.id = UUID.randomUUID();
        reservation.siteId = request.siteId();
        reservation.modelCode = request.modelCode();
        reservation.gpus = request.gpus();
        reservation.itMw = itMw;
        reservation.reference = request.reference();
        reservation.status = ReservationStatus.ACTIVE;
        reservation.createdBy = caller.getName() != null ? caller.getName() : subject();
        reservation.createdAt = now();
        return reservation;
    }

    private static String checkKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiException.invalidField("Idempotency-Key", "must be 1 to 200 visible ASCII characters, e.g. a UUID");
        }
        return key;
    }

    private String subject() {
        return caller.getSubject() != null ? caller.getSubject() : caller.getName();
    }

    /** SHA-256 of the body's canonical form: equal bodies, however formatted, hash alike. */
    static String hash(ReservationDto.Request r) {
        String canonical = String.join("\n", String.valueOf(r.siteId()), r.modelCode(), String.valueOf(r.gpus()),
                r.itMw() == null ? "-" : r.itMw().stripTrailingZeros().toPlainString(),
                r.reference() == null ? "-" : "+" + r.reference());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Instant now() {
        // The database keeps microseconds; the first answer should equal every later read.
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private Reservation find(UUID id) {
        return reservations.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("reservation", id));
    }
}
