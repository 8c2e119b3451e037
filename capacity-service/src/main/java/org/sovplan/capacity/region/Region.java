package org.sovplan.capacity.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.sovplan.common.persistence.VersionedEntity;

/** A country (ISO 3166-1 alpha-2) or subdivision (ISO 3166-2) in which sites stand. */
@Entity
public class Region extends VersionedEntity {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    public Long population;

    public Double lat;

    public Double lon;
}
