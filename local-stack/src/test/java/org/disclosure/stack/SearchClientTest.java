package org.disclosure.stack;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchClientTest {

	@Test
	void encodesTheQueryAndFilters() {
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("province", "河南省");
		filters.put("year", "2024");
		assertThat(new SearchClient("http://127.0.0.1:8084").url("医疗 救助&", filters))
			.isEqualTo("http://127.0.0.1:8084/api/v1/search?q=%E5%8C%BB%E7%96%97%20%E6%95%91%E5%8A%A9%26"
					+ "&province=%E6%B2%B3%E5%8D%97%E7%9C%81&year=2024");
		assertThat(new SearchClient("http://h").url(null, Map.of())).isEqualTo("http://h/api/v1/search");
	}

}
