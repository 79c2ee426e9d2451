package org.disclosure.e2e.validation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.validate.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule catalogue benchmark's report, on two real parses and a few rounds. */
class RuleCatalogueBenchmarkTest {

	@Test
	void reportsEveryDocumentAndTheMean() {
		Map<String, DocumentParsed> documents = new LinkedHashMap<>();
		for (FixtureDocument fixture : RealParses.fixtures().subList(0, 2)) {
			documents.put(fixture.fileName(), RealParses.parsed(fixture));
		}
		String report = RuleCatalogueBenchmark.time(RuleCatalogue.standard(), documents, 4);
		assertThat(report).contains("2 documents, 4 rounds (the last 2 measured)")
			.contains(documents.keySet().toArray(String[]::new))
			.containsPattern("mean of the medians [0-9]+\\.[0-9]{2} ms a document, largest [0-9]+\\.[0-9]{2} ms"
					+ " \\([1-9][0-9]* findings raised\\)");
	}

}
