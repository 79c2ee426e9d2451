package org.disclosure.stack.evaluate;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real defect a careful reader found in a labelled document, and how a finding is
 * recognised as reporting it. Expected files describe defects in prose (real-world) or
 * list them by rule and severity (fixtures); either way a finding reports the defect when
 * it quotes one of its distinctive figures (an amount or a percentage, not a year or a
 * table number) or one of its quoted passages or table titles. A listed defect also needs
 * the finding's rule and severity; a described one any error or warning.
 *
 * @param text the defect as the expected file states it
 * @param rule the rule that must report it, or null for any
 * @param severity the severity the finding must have, or null for error or warning
 * @param figures its distinctive figures
 * @param passages its quoted passages and table titles, normalised
 */
public record KnownInconsistency(String text, String rule, String severity, Set<BigDecimal> figures,
		Set<String> passages) {

	private static final Pattern NUMBER = Pattern
		.compile("(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?(?![0-9])");

	private static final Pattern QUOTED = Pattern
		.compile("'([^']{4,})'|\"([^\"]{4,})\"|“([^”]{4,})”|‘([^’]{4,})’|「([^」]{4,})」");

	/** A table title: CJK (and a year) ending in 表. */
	private static final Pattern TITLE = Pattern.compile("[0-9]{0,4}年?[\\p{IsHan}“”\"()（）、]{4,}表");

	private static final Pattern SENTENCE_END = Pattern.compile("[。；;]");

	/** Shortest passage that is distinctive. */
	private static final int MIN_PASSAGE = 6;

	/** A defect described in prose. */
	static KnownInconsistency described(String text) {
		Set<String> passages = new LinkedHashSet<>();
		Matcher quoted = QUOTED.matcher(text);
		while (quoted.find()) {
			for (int group = 1; group <= quoted.groupCount(); group++) {
				if (quoted.group(group) != null) {
					for (String part : SENTENCE_END.split(quoted.group(group))) {
						addPassage(passages, part);
					}
				}
			}
		}
		Matcher title = TITLE.matcher(text);
		while (title.find()) {
			addPassage(passages, title.group());
		}
		return new KnownInconsistency(text, null, null, figures(text), passages);
	}

	/** A defect listed by rule and severity. */
	static KnownInconsistency listed(String rule, String severity, String what) {
		String text = (what != null) ? what : "";
		return new KnownInconsistency(rule + " " + severity + ": " + text, rule, severity, figures(text), Set.of());
	}

	/** True when {@code finding} reports this defect. */
	public boolean reportedBy(EvaluatedDisclosure.Finding finding) {
		if (this.rule != null && !this.rule.equals(finding.rule())) {
			return false;
		}
		if (this.severity != null ? !this.severity.equals(finding.severity())
				: !("error".equals(finding.severity()) || "warning".equals(finding.severity()))) {
			return false;
		}
		String findingText = normalise(finding.text());
		for (String passage : this.passages) {
			if (findingText.contains(passage)) {
				return true;
			}
		}
		Set<BigDecimal> findingFigures = figures(finding.text());
		findingFigures.addAll(finding.figures());
		for (BigDecimal figure : this.figures) {
			for (BigDecimal other : findingFigures) {
				if (figure.compareTo(other) == 0) {
					return true;
				}
			}
		}
		return this.figures.isEmpty() && this.passages.isEmpty() && this.rule != null;
	}

	/**
	 * The figures of {@code text} that can tell one defect from another: amounts and
	 * percentages with decimals, or whole numbers above 12 that are no year.
	 */
	static Set<BigDecimal> figures(String text) {
		Set<BigDecimal> figures = new LinkedHashSet<>();
		Matcher number = NUMBER.matcher(text);
		while (number.find()) {
			String printed = number.group();
			BigDecimal value = new BigDecimal(printed.replace(",", ""));
			boolean decimals = printed.indexOf('.') >= 0;
			boolean year = !decimals && value.compareTo(BigDecimal.valueOf(1990)) >= 0
					&& value.compareTo(BigDecimal.valueOf(2100)) <= 0;
			if (decimals ? value.signum() != 0 : (value.compareTo(BigDecimal.valueOf(12)) > 0 && !year)) {
				figures.add(value);
			}
		}
		return figures;
	}

	private static void addPassage(Set<String> passages, String passage) {
		String normalised = normalise(passage);
		if (normalised.length() >= MIN_PASSAGE) {
			passages.add(normalised);
		}
	}

	/** Without whitespace and quotes, full-width punctuation as half-width. */
	static String normalise(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || "'\"“”‘’「」".indexOf(c) >= 0) {
				continue;
			}
			if (c >= '！' && c <= '～') {
				c = (char) (c - 0xFEE0);
			}
			out.append(c);
		}
		return out.toString();
	}

}
