package org.disclosure.e2e.validation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.validate.rules.RuleCatalogue;

/**
 * How long the rule catalogue takes a document, on real parses: every fixture file (txt,
 * html, docx, pdf, xlsx) parsed by the real parser into the {@code DocumentParsed} event,
 * then the whole catalogue run over all of them, round after round on one thread. The
 * first half of the rounds warms the code up; the second half is measured. Prints each
 * document's median and the mean over all documents.
 *
 * <p>
 * Run from the repository root (parse-service and validate-service installed first):
 *
 * <pre>
 * ./mvnw -q -B -pl parse-service,validate-service install -DskipTests
 * ./mvnw -q -B -pl end-to-end test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.disclosure.e2e.validation.RuleCatalogueBenchmark
 * </pre>
 *
 * Arguments, if any, are further DocumentParsed JSON files (events) to time as well.
 */
public final class RuleCatalogueBenchmark {

	private static final int ROUNDS = 200;

	private RuleCatalogueBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		System.out.print(time(RuleCatalogue.standard(), RealParses.documents(RealParses.fixtures(), args), ROUNDS));
	}

	/** Times {@code catalogue} over {@code documents}; the report as text. */
	static String time(RuleCatalogue catalogue, Map<String, DocumentParsed> documents, int rounds) {
		List<String> names = new ArrayList<>(documents.keySet());
		int measured = rounds - rounds / 2;
		long[][] nanos = new long[names.size()][measured];
		int findings = 0;
		for (int round = 0; round < rounds; round++) {
			for (int d = 0; d < names.size(); d++) {
				long start = System.nanoTime();
				findings += catalogue.validate(documents.get(names.get(d))).findings().size();
				long elapsed = System.nanoTime() - start;
				if (round >= rounds / 2) {
					nanos[d][round - rounds / 2] = elapsed;
				}
			}
		}
		StringBuilder report = new StringBuilder(
				String.format("Rule catalogue, %d documents, %d rounds (the last %d measured), one thread%n",
						names.size(), rounds, measured));
		int width = names.stream().mapToInt(String::length).max().orElse(0);
		double sum = 0;
		double worst = 0;
		for (int d = 0; d < names.size(); d++) {
			Arrays.sort(nanos[d]);
			double median = nanos[d][measured / 2] / 1e6;
			sum += median;
			worst = Math.max(worst, median);
			report.append(String.format("%-" + width + "s %7.2f ms%n", names.get(d), median));
		}
		report.append(String.format("mean of the medians %.2f ms a document, largest %.2f ms (%d findings raised)%n",
				sum / names.size(), worst, findings));
		return report.toString();
	}

}
