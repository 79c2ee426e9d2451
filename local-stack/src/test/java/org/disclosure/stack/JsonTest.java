package org.disclosure.stack;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

	@Test
	void parsesNestedValues() {
		Object parsed = Json.parse("""
				{"total": 2, "score": 1.5, "ok": true, "none": null,
				 "region": {"province": "河南省", "city": "\\u8bb8\\u660c\\u5e02"},
				 "hits": [{"doc_id": "a"}, {"doc_id": "b\\"c"}]}
				""");
		assertThat(Json.at(parsed, "total")).isEqualTo(2L);
		assertThat(Json.at(parsed, "score")).isEqualTo(new BigDecimal("1.5"));
		assertThat(Json.at(parsed, "ok")).isEqualTo(Boolean.TRUE);
		assertThat(Json.at(parsed, "none")).isNull();
		assertThat(Json.text(parsed, "region.province")).isEqualTo("河南省");
		assertThat(Json.text(parsed, "region.city")).isEqualTo("许昌市");
		assertThat(Json.text(parsed, "region.county")).isNull();
		assertThat(Json.asList(Json.at(parsed, "hits"))).hasSize(2);
		assertThat(Json.text(Json.asList(Json.at(parsed, "hits")).get(1), "doc_id")).isEqualTo("b\"c");
	}

	@Test
	void parsesEmptyContainersAndTopLevelArrays() {
		assertThat(Json.parse("[]")).isEqualTo(List.of());
		assertThat(Json.parseObject("{}")).isEqualTo(Map.of());
		assertThat(Json.parseObject("[1]")).isEmpty();
	}

	@Test
	void rejectsBrokenInput() {
		assertThatThrownBy(() -> Json.parse("{\"a\": }")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Json.parse("{\"a\": 1} x")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Json.parse("<html>")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void quotesWhatItWrites() {
		assertThat(Json.quote("城乡\"医疗\"\n救助")).isEqualTo("\"城乡\\\"医疗\\\"\\n救助\"");
		assertThat(Json.parse(Json.quote("a\\b\tc\u0001"))).isEqualTo("a\\b\tc\u0001");
	}

}
