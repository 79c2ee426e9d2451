package org.disclosure.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Elasticsearch node (run as {@code nobody} when the build runs as root): healthy,
 * finds Chinese phrases, and keeps its data across stop and restart. One start, one
 * restart: each takes 30-60 s on two cores.
 */
class ElasticsearchNodeIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static StackLayout layout;

	private static ElasticsearchNode node;

	@BeforeAll
	static void startNode() {
		layout = StackLayout.forTests();
		node = ElasticsearchNode.start(layout, FreePorts.next());
	}

	@AfterAll
	static void stopNode() throws IOException {
		if (node != null) {
			node.close();
			assertThat(FreePorts.answers(node.httpPort(), Duration.ofSeconds(1))).isFalse();
		}
		Folders.deleteTree(layout.stateDir());
	}

	@Test
	void findsAChinesePhraseBeforeAndAfterARestart() throws Exception {
		assertThat(ElasticsearchNode.health(node.httpUrl())).get().isIn("green", "yellow");
		assertThat(node.pid()).isPositive();
		if (OsUser.current().isRoot()) {
			assertThat(ProcessHandle.of(node.pid()).flatMap((process) -> process.info().user())).contains("nobody");
		}

		assertThat(send("PUT", "/disclosures-check", """
				{"mappings": {"properties": {"doc_id": {"type": "keyword"}, "content": {"type": "text"}}}}
				""").statusCode()).isEqualTo(200);
		assertThat(send("PUT", "/disclosures-check/_doc/doc-1?refresh=true", """
				{"doc_id": "doc-1", "content": "2024年城乡医疗救助支出120.5万元，比上年增长3%。"}
				""").statusCode()).isEqualTo(201);
		send("PUT", "/disclosures-check/_doc/doc-2?refresh=true", """
				{"doc_id": "doc-2", "content": "城乡居民基本医疗保险和救助资金"}
				""");
		assertThat(phraseHits("城乡医疗救助")).isEqualTo(1);

		long firstPid = node.pid();
		node.stop();
		assertThat(node.pid()).isEqualTo(-1);
		assertThat(ProcessHandle.of(firstPid).filter(ProcessHandle::isAlive)).isEmpty();
		assertThat(ElasticsearchNode.health(node.httpUrl())).isEmpty();

		node.restart();
		assertThat(node.pid()).isPositive().isNotEqualTo(firstPid);
		assertThat(phraseHits("城乡医疗救助")).isEqualTo(1);
		assertThat(phraseHits("医疗保险")).isEqualTo(1);
	}

	private static long phraseHits(String phrase) throws Exception {
		HttpResponse<String> response = send("POST", "/disclosures-check/_search",
				"{\"query\": {\"match_phrase\": {\"content\": " + Json.quote(phrase) + "}}}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, Object> body = Json.parseObject(response.body());
		return ((Number) Json.at(body, "hits.total.value")).longValue();
	}

	private static HttpResponse<String> send(String method, String path, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(node.httpUrl() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
