package org.disclosure.stack.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The least an evaluation must reach, as given on the command line; a threshold left out
 * is not checked. Shares are fractions (0.95) or percentages (95%).
 *
 * @param indexed least share of files indexed
 * @param metadata least share of metadata fields right
 * @param totals least share of totals right
 * @param tables least share of expected tables read
 * @param known least share of known inconsistencies reported
 * @param extraErrors most errors beyond the known inconsistencies
 * @param unearned most verdicts claiming a check of unread core tables
 */
public record EvaluationThresholds(Double indexed, Double metadata, Double totals, Double tables, Double known,
		Integer extraErrors, Integer unearned) {

	/** No threshold. */
	public static final EvaluationThresholds NONE = new EvaluationThresholds(null, null, null, null, null, null, null);

	/** A share as given: {@code 0.95}, {@code 95%} or {@code 95} (taken as percent). */
	public static Double share(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		boolean percent = value.endsWith("%");
		double number = Double.parseDouble(percent ? value.substring(0, value.length() - 1) : value);
		if (percent || number > 1) {
			number /= 100;
		}
		if (number < 0 || number > 1) {
			throw new IllegalArgumentException("A share must lie between 0 and 100%: " + text);
		}
		return number;
	}

	/** Each threshold {@code report} misses, as a line; empty when it meets them all. */
	public List<String> missed(EvaluationReport report) {
		List<String> missed = new ArrayList<>();
		least(missed, "indexed", this.indexed, report.indexed());
		least(missed, "metadata", this.metadata, report.metadata());
		least(missed, "totals", this.totals, report.totals());
		least(missed, "tables", this.tables, report.tables());
		least(missed, "known inconsistencies", this.known, report.known());
		most(missed, "errors beyond the known inconsistencies", this.extraErrors, report.extraErrors());
		most(missed, "unearned verdicts", this.unearned, report.unearnedVerdicts());
		return missed;
	}

	private static void least(List<String> missed, String name, Double threshold, EvaluationReport.Ratio ratio) {
		if (threshold != null && ratio.share() + 1e-9 < threshold) {
			missed.add(String.format(Locale.ROOT, "%s %s below the threshold %.0f%%", name, ratio, threshold * 100));
		}
	}

	private static void most(List<String> missed, String name, Integer threshold, int count) {
		if (threshold != null && count > threshold) {
			missed.add(name + " " + count + " above the threshold " + threshold);
		}
	}

}
