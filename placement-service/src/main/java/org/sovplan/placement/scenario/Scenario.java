package org.sovplan.placement.scenario;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sovplan.common.persistence.VersionedEntity;

/** A scenario: region, horizon and the definition the optimiser reads (typed JSONB). */
@Entity
public class Scenario extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "first_year", nullable = false)
    public int firstYear;

    @Column(name = "last_year", nullable = false)
    public int lastYear;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public ScenarioDto.Definition definition;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
