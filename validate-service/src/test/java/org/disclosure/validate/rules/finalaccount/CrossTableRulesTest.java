package org.disclosure.validate.rules.finalaccount;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.Severity;
import org.disclosure.validate.rules.Mutate;
import org.disclosure.validate.rules.fixtures.LuolongDocument;
import org.disclosure.validate.rules.fixtures.XuchangDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disclosure.validate.rules.Mutate.code;
import static org.disclosure.validate.rules.Mutate.named;
import static org.disclosure.validate.rules.RuleAssertions.figures;
import static org.disclosure.validate.rules.RuleAssertions.findings;
import static org.disclosure.validate.rules.RuleAssertions.notApplicable;
import static org.disclosure.validate.rules.RuleAssertions.passes;
import static org.disclosure.validate.rules.RuleAssertions.single;

/** The rules across the tables of a final account, on the fixtures' figures. */
class CrossTableRulesTest {

	private final DocumentParsed luolong = LuolongDocument.parsed();

	private final DocumentParsed xuchang = XuchangDocument.parsed();

	@Test
	void x0102() {
		X0102Rule rule = new X0102Rule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.cell(this.luolong, "FA02", named("合计"), "财政拨款收入", "1,050.79"),
				Severity.ERROR);
		figures(error, "1055.79", "1050.79", "-5.00");
		assertThat(error.location()).contains("FA02").contains("FA01");
		notApplicable(rule, Mutate.without(this.luolong, "FA02"));
	}

	@Test
	void x0103() {
		X0103Rule rule = new X0103Rule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		assertThat(findings(rule, this.luolong, Severity.INFO)).singleElement()
			.satisfies((f) -> figures(f, "993.85", "993.86", "0.01"));
		Finding error = single(rule, Mutate.cell(this.xuchang, "FA03", code("210"), "本年支出合计", "922.89"),
				Severity.ERROR);
		figures(error, "912.89", "922.89", "10.00");
		notApplicable(rule, Mutate.without(this.xuchang, "FA03"));
	}

	@Test
	void x0104() {
		X0104Rule rule = new X0104Rule();
		passes(rule, this.luolong);
		Finding error = single(rule, Mutate.cell(this.luolong, "FA04", named("收入", "本年收入合计"), "金额", "1,065.79"),
				Severity.ERROR);
		figures(error, "1055.79", "1065.79", "10.00");
		notApplicable(rule, Mutate.without(this.luolong, "FA04"));
	}

	@Test
	void x0405() {
		X0405Rule rule = new X0405Rule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding error = single(rule, Mutate.cell(this.xuchang, "FA05", code("221"), "合计", "77.48"), Severity.ERROR);
		figures(error, "67.48", "77.48", "10.00");
		notApplicable(rule, Mutate.without(this.xuchang, "FA05"));
	}

	@Test
	void x0506() {
		X0506Rule rule = new X0506Rule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		figures(single(rule, this.xuchang, Severity.INFO), "899.60", "899.59", "-0.01");
		Finding error = single(rule, Mutate.cell(this.luolong, "FA06", named("公用经费合计"), "决算数", "29.81"),
				Severity.ERROR);
		figures(error, "328.45", "318.45", "-10.00");
		notApplicable(rule, Mutate.without(this.luolong, "FA06"));
	}

	@Test
	void x0407() {
		X0407Rule rule = new X0407Rule();
		passes(rule, this.luolong);
		DocumentParsed spent = TableRulesTest.withFa07(this.luolong, "", "5.00", "5.00", "5.00", "", "");
		assertThat(findings(rule, spent, Severity.ERROR)).isNotEmpty()
			.anySatisfy((f) -> figures(f, "0.00", "5.00", "5.00"));
		notApplicable(rule, Mutate.without(this.luolong, "FA07"));
	}

	@Test
	void x0408() {
		X0408Rule rule = new X0408Rule();
		passes(rule, this.luolong);
		Finding error = single(rule, Mutate.cell(this.luolong, "FA08", named("合计"), "合计", "5.00"), Severity.ERROR);
		figures(error, "0.00", "5.00", "5.00");
		notApplicable(rule, Mutate.without(this.luolong, "FA08"));
	}

	@Test
	void x0609() {
		X0609Rule rule = new X0609Rule();
		passes(rule, this.luolong);
		passes(rule, this.xuchang);
		Finding warning = single(rule, Mutate.cell(this.xuchang, "FA06", code("30217"), "决算数", "0.45"),
				Severity.WARNING);
		figures(warning, "0.15", "0.45", "0.30");
		assertThat(findings(rule, Mutate.cell(this.xuchang, "FA06", code("30217"), "决算数", "0.45"), Severity.ERROR))
			.isEmpty();
		notApplicable(rule, Mutate.without(this.xuchang, "FA09"));
	}

}
