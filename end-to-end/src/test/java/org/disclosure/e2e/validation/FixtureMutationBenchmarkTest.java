package org.disclosure.e2e.validation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness's mutation; the benchmark runs from {@link FixtureMutationBenchmark#main}.
 */
class FixtureMutationBenchmarkTest {

	@Test
	void aMutationIsOneToTwentyPercentAtLeastTheMinimumAtThePrintedPrecision() {
		FixtureMutationBenchmark benchmark = new FixtureMutationBenchmark();
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

}
