package org.sovplan.energy.supply;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sovplan.common.persistence.VersionedEntity;

/**
 * A site's connection to a grid zone. {@code siteId} names a capacity-service site; it is checked
 * for UUID format only, because services never read each other's tables and energy-service does
 * not call capacity-service.
 */
@Entity
@Table(name = "power_supply")
public class PowerSupply extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "site_id", nullable = false)
    public UUID siteId;

    @Column(name = "zone_code", nullable = false)
    public String zoneCode;

    /** Grid capacity reserved for the site; it is no longer headroom for other new loads. */
    @Column(name = "contracted_mw", nullable = false)
    public double contractedMw;

    /** Firm on-site renewable output that offsets the site's load at zero carbon and zero marginal cost. */
    @Column(name = "onsite_renewable_mw", nullable = false)
    public double onsiteRenewableMw;
}
