package org.sovplan.energy.upgrade;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sovplan.common.persistence.VersionedEntity;

/** Capacity that becomes available to new loads in a zone on a date: new generation or transmission. */
@Entity
@Table(name = "grid_upgrade")
public class GridUpgrade extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "zone_code", nullable = false)
    public String zoneCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "added_mw", nullable = false)
    public double addedMw;

    /** The renewable part of {@link #addedMw}. */
    @Column(name = "renewable_mw", nullable = false)
    public double renewableMw;

    @Column(name = "capex_usd")
    public Double capexUsd;

    @Column(name = "expected_online", nullable = false)
    public LocalDate expectedOnline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GridUpgradeStatus status;

    public String source;

    @Column(nullable = false)
    public boolean estimated;
}
