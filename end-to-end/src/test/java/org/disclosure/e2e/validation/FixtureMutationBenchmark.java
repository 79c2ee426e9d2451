package org.disclosure.e2e.validation;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.RuleCatalogue;

/**
 * The mutation benchmark of issue 4, on real parses: each fixture's txt, html, docx and
 * pdf is parsed by the real parser into the {@code DocumentParsed} event; then, one at a
 * time, one figure that takes part in at least one identity (a table cell, or a narrative
 * figure) is changed by 1 %–20 % of it (at least 0.10, and more than any sum over its
 * column can allow; a count by one), the catalogue runs, and a mutation counts as caught
 * when an error appears that the unmutated document does not raise. A figure takes part
 * when a gross change of it (×2 + 100) raises an error; the others are listed as
 * unchecked. A mutation the catalogue judges within rounding (a new info, no error) is
 * not beyond tolerance and is reported apart. Reports recall, the rules that caught the
 * mutations, the misses, the unchecked figures and the errors on the unmutated documents.
 * Deterministic (seed 4). Not a unit test: it validates thousands of documents.
 *
 * <p>
 * Run from the repository root (parse-service and validate-service installed first):
 *
 * <pre>
 * ./mvnw -q -B -pl parse-service,validate-service install -DskipTests
 * ./mvnw -q -B -pl end-to-end test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.disclosure.e2e.validation.FixtureMutationBenchmark
 * </pre>
 *
 * Arguments, if any, are further DocumentParsed JSON files (events) to mutate as well.
 */
public final class FixtureMutationBenchmark {

	private static final BigDecimal MINIMUM = new BigDecimal("0.10");

	private final RuleCatalogue catalogue = RuleCatalogue.standard();

	private final Random random = new Random(4);

	public static void main(String[] args) throws IOException {
		System.out.println(
				new FixtureMutationBenchmark().run(RealParses.documents(RealParses.fullDocuments(), args)).markdown());
	}

	/** Runs the benchmark on each document. */
	public Report run(Map<String, DocumentParsed> documents) {
		Report report = new Report();
		documents.forEach((name, document) -> report.documents.add(run(name, document)));
		return report;
	}

	private DocumentReport run(String name, DocumentParsed document) {
		DocumentReport report = new DocumentReport(name);
		List<Finding> baseline = this.catalogue.validate(document).findings();
		report.baselineErrors.addAll(baseline.stream().filter((f) -> f.severity() == Severity.ERROR).toList());
		Set<String> baselineErrors = signatures(baseline, Severity.ERROR);
		Set<String> baselineInfo = signatures(baseline, Severity.INFO);
		List<ParsedTable> tables = document.tableContents();
		for (int t = 0; t < tables.size(); t++) {
			ParsedTable table = tables.get(t);
			if (table.rows() == null) {
				continue;
			}
			for (int r = 0; r < table.rows().size(); r++) {
				ParsedRow row = table.rows().get(r);
				List<ParsedCell> cells = (row.cells() != null) ? row.cells() : List.of();
				for (int c = 0; c < cells.size(); c++) {
					ParsedCell cell = cells.get(c);
					if (cell.amount() == null) {
						continue;
					}
					String where = table.code() + " " + describe(row) + " / " + cell.column();
					BigDecimal mutated = mutate(cell.amount(), minimum(table, cell.column()));
					List<Finding> findings = validate(withCell(document, t, r, c, mutated));
					List<String> caughtBy = caughtBy(signatures(findings, Severity.ERROR), baselineErrors);
					if (caughtBy.isEmpty()
							&& !takesPart(withCell(document, t, r, c, gross(cell.amount())), baselineErrors)) {
						report.unchecked.add(where);
						continue;
					}
					report.table.add(new Mutation(where, cell.amount(), mutated, caughtBy,
							!signatures(findings, Severity.INFO).equals(baselineInfo)));
				}
			}
		}
		List<NarrativeFigure> figures = (document.figures() != null) ? document.figures() : List.of();
		for (int i = 0; i < figures.size(); i++) {
			NarrativeFigure figure = figures.get(i);
			if (figure.value() == null) {
				continue;
			}
			String where = figure.section() + " / " + figure.subject() + " (" + figure.kind().value() + ")";
			BigDecimal mutated = (figure.kind() == FigureKind.COUNT) ? figure.value().add(BigDecimal.ONE)
					: mutate(figure.value(), MINIMUM);
			List<Finding> findings = validate(withFigure(document, i, mutated));
			List<String> caughtBy = caughtBy(signatures(findings, Severity.ERROR), baselineErrors);
			if (caughtBy.isEmpty() && !takesPart(withFigure(document, i, gross(figure.value())), baselineErrors)) {
				report.unchecked.add(where);
				continue;
			}
			report.narrative.add(new Mutation(where, figure.value(), mutated, caughtBy,
					!signatures(findings, Severity.INFO).equals(baselineInfo)));
		}
		return report;
	}

	/**
	 * True when {@code document} raises an error the unmutated one does not raise.
	 */
	private boolean takesPart(DocumentParsed document, Set<String> baselineErrors) {
		return !caughtBy(signatures(validate(document), Severity.ERROR), baselineErrors).isEmpty();
	}

	/**
	 * A gross change (×2 + 100): the figure takes part in an identity when it raises an
	 * error.
	 */
	private static BigDecimal gross(BigDecimal value) {
		return value.multiply(BigDecimal.valueOf(2)).add(BigDecimal.valueOf(100));
	}

	/**
	 * A change by 1 %–20 % of the figure, at least {@code minimum}, kept at its printed
	 * precision; away from zero for a zero.
	 */
	BigDecimal mutate(BigDecimal value, BigDecimal minimum) {
		BigDecimal rate = BigDecimal.valueOf(1 + this.random.nextInt(20)).movePointLeft(2);
		BigDecimal delta = value.abs().multiply(rate).max(minimum);
		int scale = Math.max(value.scale(), 0);
		delta = delta.setScale(scale, RoundingMode.UP);
		boolean down = value.signum() != 0 && this.random.nextBoolean();
		return down ? value.subtract(delta) : value.add(delta);
	}

	/**
	 * More than any sum over the column can allow: half a cent per non-zero figure and
	 * the total.
	 */
	private static BigDecimal minimum(ParsedTable table, String column) {
		long nonZero = ((table.rows() != null) ? table.rows() : List.<ParsedRow>of()).stream()
			.flatMap((r) -> ((r.cells() != null) ? r.cells() : List.<ParsedCell>of()).stream())
			.filter((c) -> column.equals(c.column()) && c.amount() != null && c.amount().signum() != 0)
			.count();
		int columns = (table.columns() != null) ? table.columns().size() : 1;
		BigDecimal bound = new BigDecimal("0.005").multiply(BigDecimal.valueOf(Math.max(nonZero, columns) + 2));
		return MINIMUM.max(bound.add(new BigDecimal("0.01")));
	}

	private List<Finding> validate(DocumentParsed document) {
		return this.catalogue.validate(document).findings();
	}

	private static Set<String> signatures(List<Finding> findings, Severity severity) {
		return findings.stream()
			.filter((f) -> severity == null || f.severity() == severity)
			.map((f) -> f.ruleId() + "|" + f.severity() + "|" + f.location() + "|" + f.expected() + "|" + f.actual())
			.collect(Collectors.toSet());
	}

	/** The rules with errors the unmutated document does not have; empty when missed. */
	private static List<String> caughtBy(Set<String> errors, Set<String> baseline) {
		return errors.stream()
			.filter((e) -> !baseline.contains(e))
			.map((e) -> e.substring(0, e.indexOf('|')))
			.distinct()
			.sorted()
			.toList();
	}

	private static DocumentParsed withCell(DocumentParsed document, int t, int r, int c, BigDecimal value) {
		List<ParsedTable> tables = new ArrayList<>(document.tableContents());
		ParsedTable table = tables.get(t);
		List<ParsedRow> rows = new ArrayList<>(table.rows());
		ParsedRow row = rows.get(r);
		List<ParsedCell> cells = new ArrayList<>(row.cells());
		ParsedCell cell = cells.get(c);
		cells.set(c, new ParsedCell(cell.column(), value.toPlainString(), value, cell.percent()));
		rows.set(r, new ParsedRow(row.kind(), row.group(), row.label(), row.name(), row.code(), row.codeKind(),
				row.level(), row.parentCode(), cells));
		tables.set(t, new ParsedTable(table.code(), table.title(), table.printedNumber(), table.unit(), table.columns(),
				rows, table.notes(), table.explanation()));
		return with(document, tables, document.figures());
	}

	private static DocumentParsed withFigure(DocumentParsed document, int i, BigDecimal value) {
		List<NarrativeFigure> figures = new ArrayList<>(document.figures());
		NarrativeFigure f = figures.get(i);
		figures.set(i,
				new NarrativeFigure(f.section(), f.subsection(), f.item(), f.statement(), f.sentence(), f.topic(),
						f.subject(), f.subjectPath(), f.subjectCode(), f.level(), f.base(), f.kind(), value, f.unit()));
		return with(document, document.tableContents(), figures);
	}

	private static DocumentParsed with(DocumentParsed d, List<ParsedTable> tables, List<NarrativeFigure> figures) {
		return new DocumentParsed(d.schemaVersion(), d.docId(), d.source(), d.fetchedAt(), d.parsedAt(),
				d.parserVersion(), d.metadata(), d.textBlobKey(), d.textChars(), d.tables(), d.tablesListedOnly(),
				d.sections(), tables, figures, d.totals(), d.report());
	}

	private static String describe(ParsedRow row) {
		String name = (row.name() != null) ? row.name() : row.label();
		return (row.code() != null) ? row.code() + " " + name : name;
	}

	/**
	 * One mutation and the rules whose errors caught it; {@code rounding} when no error
	 * caught it but the catalogue judged it within rounding (a new or changed info): such
	 * a change is not beyond its identity's tolerance and does not count.
	 */
	public record Mutation(String where, BigDecimal from, BigDecimal to, List<String> caughtBy, boolean rounding) {

		public boolean caught() {
			return !this.caughtBy.isEmpty();
		}

		/** Beyond tolerance: caught, or missed without being judged rounding. */
		public boolean counts() {
			return caught() || !this.rounding;
		}

	}

	/** The mutations of one document. */
	public static final class DocumentReport {

		final String name;

		final List<Mutation> table = new ArrayList<>();

		final List<Mutation> narrative = new ArrayList<>();

		final List<Finding> baselineErrors = new ArrayList<>();

		final List<String> unchecked = new ArrayList<>();

		DocumentReport(String name) {
			this.name = name;
		}

	}

	/** The benchmark's results. */
	public static final class Report {

		final List<DocumentReport> documents = new ArrayList<>();

		public List<Mutation> tableMutations() {
			return this.documents.stream().flatMap((d) -> d.table.stream()).toList();
		}

		public List<Mutation> narrativeMutations() {
			return this.documents.stream().flatMap((d) -> d.narrative.stream()).toList();
		}

		public List<Finding> baselineErrors() {
			return this.documents.stream().flatMap((d) -> d.baselineErrors.stream()).toList();
		}

		/** The share of mutations beyond tolerance an error caught. */
		public static double recall(List<Mutation> mutations) {
			List<Mutation> counted = mutations.stream().filter(Mutation::counts).toList();
			return counted.isEmpty() ? 1.0
					: (double) counted.stream().filter(Mutation::caught).count() / counted.size();
		}

		/** The report as Markdown, for the README. */
		public String markdown() {
			StringBuilder md = new StringBuilder("## Mutation benchmark\n\n");
			md.append("Mutations beyond tolerance and those an error caught; in brackets the mutations the catalogue\n")
				.append("judged within rounding (not counted). Unchecked: figures whose gross change raises no error.\n\n");
			md.append(
					"| document | table mutations | caught | recall | narrative mutations | caught | recall | unchecked |\n");
			md.append("|---|---|---|---|---|---|---|---|\n");
			for (DocumentReport d : this.documents) {
				md.append(row(d.name, d.table, d.narrative, d.unchecked.size()));
			}
			md.append(row("**all**", tableMutations(), narrativeMutations(),
					this.documents.stream().mapToInt((d) -> d.unchecked.size()).sum()));
			Map<String, Integer> byRule = new TreeMap<>();
			Stream.concat(tableMutations().stream(), narrativeMutations().stream())
				.flatMap((m) -> m.caughtBy().stream())
				.forEach((rule) -> byRule.merge(rule, 1, Integer::sum));
			md.append("\nRules that caught mutations (a mutation may be caught by several):\n\n");
			byRule.forEach((rule, count) -> md.append("- `").append(rule).append("`: ").append(count).append('\n'));
			md.append("\nErrors on the unmutated documents:\n\n");
			for (DocumentReport d : this.documents) {
				md.append("- ").append(d.name).append(": ").append(d.baselineErrors.size()).append('\n');
				d.baselineErrors.forEach(
						(f) -> md.append("  - `").append(f.ruleId()).append("` ").append(f.message()).append('\n'));
			}
			md.append("\nMissed mutations:\n\n");
			for (DocumentReport d : this.documents) {
				Stream.concat(d.table.stream(), d.narrative.stream())
					.filter((m) -> m.counts() && !m.caught())
					.forEach((m) -> md.append("- ")
						.append(d.name)
						.append(": ")
						.append(m.where())
						.append(' ')
						.append(m.from().toPlainString())
						.append(" → ")
						.append(m.to().toPlainString())
						.append('\n'));
			}
			md.append("\nUnchecked figures:\n\n");
			for (DocumentReport d : this.documents) {
				d.unchecked.forEach((where) -> md.append("- ").append(d.name).append(": ").append(where).append('\n'));
			}
			return md.toString();
		}

		private static String row(String name, List<Mutation> table, List<Mutation> narrative, int unchecked) {
			return "| " + name + " | " + counts(table) + " | " + counts(narrative) + " | " + unchecked + " |\n";
		}

		private static String counts(List<Mutation> mutations) {
			List<Mutation> counted = mutations.stream().filter(Mutation::counts).toList();
			long caught = counted.stream().filter(Mutation::caught).count();
			return counted.size() + " (+" + (mutations.size() - counted.size()) + ") | " + caught + " | "
					+ ((counted.isEmpty()) ? "—" : String.format("%.1f %%", 100.0 * caught / counted.size()));
		}

	}

}
