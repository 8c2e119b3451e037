package org.sovplan.energy.candidate;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sovplan.common.persistence.VersionedEntity;

/**
 * A grid upgrade a zone could build, not yet decided: up to {@link #maxMw} of capacity for new
 * loads at {@link #capexUsdPerMw}, serving {@link #leadTimeYears} after the decision. Planned and
 * approved upgrades are {@code GridUpgrade}s; these are the options a capacity-expansion scenario
 * chooses among.
 */
@Entity
@Table(name = "grid_upgrade_candidate")
public class UpgradeCandidate extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "zone_code", nullable = false)
    public String zoneCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "max_mw", nullable = false)
    public double maxMw;

    @Column(name = "capex_usd_per_mw", nullable = false)
    public double capexUsdPerMw;

    @Column(name = "lead_time_years", nullable = false)
    public int leadTimeYears;

    @Column(nullable = false)
    public boolean renewable;

    public String source;

    @Column(nullable = false)
    public boolean estimated;
}
