package org.disclosure.contracts;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One result of one rule on one document. {@code expected}, {@code actual} and
 * {@code difference} are amounts (万元) or percentages, as the rule says.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String ruleId, String ruleTitle, Severity severity, String message, BigDecimal expected,
		BigDecimal actual, BigDecimal difference, String location) {
}
