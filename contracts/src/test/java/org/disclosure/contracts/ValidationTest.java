package org.disclosure.contracts;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationTest {

	@Test
	void anErrorFailsTheDocument() {
		Validation validation = Validation.of(3,
				List.of(finding(Severity.INFO), finding(Severity.WARNING), finding(Severity.ERROR)));
		assertThat(validation.status()).isEqualTo(ValidationStatus.FAILED);
		assertThat(validation.errors()).isEqualTo(1);
		assertThat(validation.warnings()).isEqualTo(1);
	}

	@Test
	void warningsWithoutErrorsAreWarnings() {
		assertThat(Validation.of(2, List.of(finding(Severity.WARNING))).status()).isEqualTo(ValidationStatus.WARNINGS);
	}

	@Test
	void roundingInfoAlonePasses() {
		Validation validation = Validation.of(2, List.of(finding(Severity.INFO)));
		assertThat(validation.status()).isEqualTo(ValidationStatus.PASSED);
		assertThat(validation.errors()).isZero();
	}

	private static Finding finding(Severity severity) {
		return new Finding("FA01-BALANCE", "收入总计 = 支出总计", severity, "m", BigDecimal.ONE, BigDecimal.TEN,
				BigDecimal.valueOf(9), "FA01");
	}

}
