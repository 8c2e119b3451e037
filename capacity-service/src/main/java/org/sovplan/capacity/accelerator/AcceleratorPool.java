package org.sovplan.capacity.accelerator;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;
import org.sovplan.capacity.site.Site;

/** The accelerators of one model at one site: installed, of which reserved. */
@Entity
@Table(name = "accelerator_pool")
public class AcceleratorPool {

    @EmbeddedId
    public Key id = new Key();

    @MapsId("siteId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    public Site site;

    @Column(name = "model_code", insertable = false, updatable = false)
    public String modelCode;

    @Column(nullable = false)
    public int installed;

    /** GPUs held by active reservations; like the site's reserved MW, outside the optimistic version. */
    @OptimisticLock(excluded = true)
    @Column(nullable = false)
    public int reserved;

    @Version
    public long version;

    public int available() {
        return installed - reserved;
    }

    public static AcceleratorPool of(Site site, String modelCode, int installed) {
        AcceleratorPool pool = new AcceleratorPool();
        pool.site = site;
        pool.id.modelCode = modelCode;
        pool.modelCode = modelCode;
        pool.installed = installed;
        return pool;
    }

    /** Site and model. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "site_id")
        public UUID siteId;

        @Column(name = "model_code")
        public String modelCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(siteId, k.siteId) && Objects.equals(modelCode, k.modelCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(siteId, modelCode);
        }
    }
}
