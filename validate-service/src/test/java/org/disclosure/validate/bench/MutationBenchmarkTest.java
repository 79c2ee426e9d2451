package org.disclosure.validate.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Validation;
import org.disclosure.support.events.EventCodec;
import org.disclosure.validate.rules.Mutate;
import org.disclosure.validate.rules.RuleCatalogue;
import org.disclosure.validate.rules.fixtures.LuolongDocument;
import org.disclosure.validate.rules.fixtures.XuchangDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness itself; the benchmark runs from {@link MutationBenchmark#main}. */
class MutationBenchmarkTest {

	@Test
	void aMutationIsOneToTwentyPercentAtLeastTheMinimumAtThePrintedPrecision() {
		MutationBenchmark benchmark = new MutationBenchmark();
		for (int i = 0; i < 200; i++) {
			BigDecimal mutated = benchmark.mutate(new BigDecimal("318.45"), new BigDecimal("0.10"));
			BigDecimal change = mutated.subtract(new BigDecimal("318.45")).abs();
			assertThat(mutated.scale()).isEqualTo(2);
			assertThat(change).isBetween(new BigDecimal("3.18"), new BigDecimal("63.69"));
			BigDecimal small = benchmark.mutate(new BigDecimal("0.15"), new BigDecimal("0.10"));
			assertThat(small.subtract(new BigDecimal("0.15")).abs()).isGreaterThanOrEqualTo(new BigDecimal("0.10"));
			assertThat(benchmark.mutate(new BigDecimal("0.00"), new BigDecimal("0.10"))).isPositive();
		}
	}

	@Test
	void catchesTheMutationsOfASmallDocument() {
		DocumentParsed threePublic = Mutate.with(XuchangDocument.parsed(),
				XuchangDocument.tables().stream().filter((t) -> t.code().equals("FA09")).toList(), List.of());
		MutationBenchmark.Report report = new MutationBenchmark().run(Map.of("xuchang FA09", threePublic));
		assertThat(report.tableMutations()).isNotEmpty();
		assertThat(MutationBenchmark.Report.recall(report.tableMutations())).isEqualTo(1.0);
		assertThat(report.baselineErrors()).extracting((f) -> f.ruleId()).containsExactly("CP-TABLES");
		assertThat(report.markdown()).contains("| xuchang FA09 |").contains("FA09-ROW");
	}

	@Test
	void parsedDocumentsReadFromJsonKeepTheirPrintedPrecision() {
		EventCodec codec = new EventCodec();
		DocumentParsed luolong = LuolongDocument.parsed();
		DocumentParsed decoded = codec.decode(codec.encode(luolong), DocumentParsed.class);
		assertThat(decoded.figures()).anySatisfy((f) -> assertThat(f.value().toPlainString()).isEqualTo("374.3"));
		assertThat(decoded.tableContents().get(1).rows().get(0).cells().get(0).amount().toPlainString())
			.isEqualTo("1055.79");
		Validation direct = RuleCatalogue.standard().validate(luolong);
		Validation fromJson = RuleCatalogue.standard().validate(decoded);
		assertThat(fromJson.findings()).isEqualTo(direct.findings());
	}

}
