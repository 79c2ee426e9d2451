package org.disclosure.parse.region;

import org.disclosure.contracts.Region;

/**
 * Where a department sits and at which level.
 *
 * @param region province, city, county and code; parts not known are null
 * @param level the level of the department
 */
public record ResolvedRegion(Region region, AdminLevel level) {
}
