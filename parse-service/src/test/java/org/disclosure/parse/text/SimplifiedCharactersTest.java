package org.disclosure.parse.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The traditional → simplified table is ICU's, current, and folds one character to one.
 */
class SimplifiedCharactersTest {

	@Test
	void theCommittedTableIsWhatTheIcuOfTheBuildGives() throws IOException {
		try (InputStream in = SimplifiedCharacters.class.getResourceAsStream(SimplifiedCharacters.RESOURCE)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.as("stale table: regenerate it with SimplifiedCharactersTable (see its comment)")
				.isEqualTo(SimplifiedCharactersTable.generate());
		}
	}

	@Test
	void traditionalCharactersOfTheDisclosuresFoldToTheirSimplifiedForms() {
		assertThat(fold("部門決算 財政撥款收入支出決算總表 一般公共預算 “三公”經費 結轉和結餘 萬元 國有資產佔用 機關運行經費"))
			.isEqualTo("部门决算 财政拨款收入支出决算总表 一般公共预算 “三公”经费 结转和结余 万元 国有资产占用 机关运行经费");
		assertThat(fold("洛陽市 盧氏縣 許昌市 醫療保障局 委員會 臺灣")).isEqualTo("洛阳市 卢氏县 许昌市 医疗保障局 委员会 台湾");
	}

	@Test
	void simplifiedTextAndEverythingElseStaysAsItIs() {
		String simplified = "2024年度洛阳市洛龙区医疗保障局部门决算：收、支总计均为1,055.79万元，占100.00%。";
		assertThat(fold(simplified)).isEqualTo(simplified);
		for (char c = 0; c < '\u2e80'; c++) {
			assertThat(SimplifiedCharacters.of(c)).isEqualTo(c);
		}
	}

	private static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		text.chars().forEach((c) -> folded.append(SimplifiedCharacters.of((char) c)));
		return folded.toString();
	}

}
