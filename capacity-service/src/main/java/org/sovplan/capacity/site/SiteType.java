package org.sovplan.capacity.site;

/** What kind of facility a site is. */
public enum SiteType {
    HYPERSCALE, COLOCATION, SOVEREIGN_CLOUD, ENTERPRISE, EDGE
}
