package org.disclosure.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a department sits, resolved through GB/T 2260. {@code code} is the six-digit
 * division code of the most specific level known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Region(String province, String city, String county, String code) {
}
