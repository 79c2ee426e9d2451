package org.disclosure.stack.evaluate;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scores of a labelled set, per file and overall, printed for a person, and checked
 * against thresholds so a parser change can be gated on them.
 *
 * @param scores one per file, in file order
 */
public record EvaluationReport(List<DisclosureScore> scores) {

	/** Characters of a finding's text a report line quotes. */
	private static final int QUOTE = 160;

	public EvaluationReport {
		scores = List.copyOf(scores);
	}

	/** Files indexed. */
	public Ratio indexed() {
		return new Ratio((int) this.scores.stream().filter((s) -> s.evaluated().isIndexed()).count(),
				this.scores.size());
	}

	public Ratio metadata() {
		return sum(this.scores.stream().mapToInt(DisclosureScore::metadataRight).sum(),
				this.scores.stream().mapToInt((s) -> s.metadata().size()).sum());
	}

	public Ratio totals() {
		return sum(this.scores.stream().mapToInt(DisclosureScore::totalsRight).sum(),
				this.scores.stream().mapToInt((s) -> s.totals().size()).sum());
	}

	public Ratio tables() {
		return sum(this.scores.stream().mapToInt(DisclosureScore::tablesRight).sum(),
				this.scores.stream().mapToInt((s) -> s.expected().tablesPresent().size()).sum());
	}

	/** Known inconsistencies reported, of those that apply. */
	public Ratio known() {
		int found = this.scores.stream().mapToInt((s) -> s.found().size()).sum();
		return sum(found, found + this.scores.stream().mapToInt((s) -> s.missed().size()).sum());
	}

	/** Error findings that report no known inconsistency. */
	public int extraErrors() {
		return this.scores.stream().mapToInt((s) -> s.extraErrors().size()).sum();
	}

	/** Tables read that the documents do not contain. */
	public int extraTables() {
		return this.scores.stream().mapToInt((s) -> s.tablesExtra().size()).sum();
	}

	/** Verdicts claiming a check of core tables that were not read. */
	public int unearnedVerdicts() {
		return (int) this.scores.stream().filter(DisclosureScore::unearnedVerdict).count();
	}

	private static Ratio sum(int right, int of) {
		return new Ratio(right, of);
	}

	/** Prints the per-file table, the overall line and each miss. */
	public void print(PrintStream out) {
		int width = Math.max(8, this.scores.stream().mapToInt((s) -> s.evaluated().file().length()).max().orElse(8));
		String format = "%-" + width + "s  %-8s %-9s %-8s %-8s %-7s %-7s %s%n";
		out.printf(format, "file", "indexed", "metadata", "totals", "tables", "known", "errors+", "verdict");
		for (DisclosureScore score : this.scores) {
			EvaluatedDisclosure evaluated = score.evaluated();
			out.printf(format, evaluated.file(), evaluated.isIndexed() ? "yes" : "NO",
					score.metadataRight() + "/" + score.metadata().size(),
					score.totalsRight() + "/" + score.totals().size(),
					score.tablesRight() + "/" + score.expected().tablesPresent().size(),
					score.found().size() + "/" + (score.found().size() + score.missed().size()),
					score.extraErrors().size(), verdict(score));
		}
		out.printf(format, "overall", indexed(), metadata(), totals(), tables(), known(), extraErrors(),
				unearnedVerdicts() + " unearned");
		List<String> misses = misses();
		if (!misses.isEmpty()) {
			out.println();
			misses.forEach(out::println);
		}
	}

	private static String verdict(DisclosureScore score) {
		if (!score.evaluated().isIndexed()) {
			return "-";
		}
		String status = score.evaluated().status();
		return (status != null ? status : "?") + (score.unearnedVerdict() ? " (UNEARNED: core tables not read)" : "");
	}

	/** One line for each thing a file did not yield as expected. */
	List<String> misses() {
		List<String> lines = new ArrayList<>();
		for (DisclosureScore score : this.scores) {
			String file = score.evaluated().file();
			if (!score.evaluated().isIndexed()) {
				lines.add(file + ": not indexed: " + score.evaluated().failure());
				continue;
			}
			for (DisclosureScore.Check check : score.metadata()) {
				if (!check.ok()) {
					lines.add(file + ": " + check.name() + " " + check.actual() + ", expected " + check.expected());
				}
			}
			for (DisclosureScore.Check check : score.totals()) {
				if (!check.ok()) {
					lines.add(
							file + ": total " + check.name() + " " + check.actual() + ", expected " + check.expected());
				}
			}
			if (!score.tablesMissing().isEmpty()) {
				lines.add(file + ": tables not read: " + String.join(", ", score.tablesMissing()));
			}
			if (!score.tablesExtra().isEmpty()) {
				lines.add(file + ": tables read that it does not contain: " + String.join(", ", score.tablesExtra()));
			}
			for (KnownInconsistency known : score.missed()) {
				lines.add(file + ": known inconsistency not reported: " + cut(known.text()));
			}
			for (EvaluatedDisclosure.Finding finding : score.extraErrors()) {
				lines.add(file + ": error beyond the known ones: " + finding.rule() + " " + cut(finding.text()));
			}
		}
		return lines;
	}

	private static String cut(String text) {
		String line = text.replace('\n', ' ');
		return (line.length() > QUOTE) ? line.substring(0, QUOTE) + "…" : line;
	}

	/** A count out of a total. */
	public record Ratio(int right, int of) {

		/** The share right, 1 when there is nothing to get right. */
		public double share() {
			return (this.of == 0) ? 1.0 : (double) this.right / this.of;
		}

		@Override
		public String toString() {
			return this.right + "/" + this.of + String.format(Locale.ROOT, " %.0f%%", share() * 100);
		}

	}

}
