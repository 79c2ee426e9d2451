package org.disclosure.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands that only talk HTTP, against stand-ins for ingest-service and
 * index-service.
 */
class PipelineCliTest {

	@TempDir
	Path temp;

	private HttpServer server;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final List<String> bodies = new CopyOnWriteArrayList<>();

	private volatile String monitor = MonitorReportTest.SAMPLE;

	private int statusPolls;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void startStandIns() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/api/v1/search", (exchange) -> answer(exchange, 200, """
				{"total": 1, "hits": [{"doc_id": "d1", "title": "鲁山县2024年部门预算", "doc_kind": "budget",
				  "region": {"province": "河南省", "city": "平顶山市", "county": "鲁山县"}, "fiscal_year": 2024,
				  "highlights": ["<em>城乡医疗救助</em>"]}],
				 "facets": {"county": [{"value": "鲁山县", "count": 1}]}}
				"""));
		this.server.createContext("/api/v1/documents", (exchange) -> {
			boolean authorised = "k1".equals(exchange.getRequestHeaders().getFirst("X-Api-Key"));
			exchange.getRequestBody().readAllBytes();
			if (authorised) {
				answer(exchange, 202, "{\"doc_id\":\"d1\",\"status\":\"accepted\"}");
			}
			else {
				answer(exchange, 401, "{\"error\":\"unauthorized\",\"message\":\"Bad API key\"}");
			}
		});
		this.server.createContext("/api/v1/reindex", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			if ("POST".equals(exchange.getRequestMethod())) {
				if (!"k1".equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
					answer(exchange, 401,
							"{\"error\":\"unauthorized\",\"message\":\"Header X-Api-Key is missing or wrong\"}");
					return;
				}
				answer(exchange, 202, """
						{"state": "replaying", "records": {"replayed": 0, "total": 24},
						 "aliases": [{"alias": "disclosures", "from": ["disclosures-v2"], "to": "disclosures-v3"}]}
						""");
			}
			else {
				boolean first = this.statusPolls++ == 0;
				answer(exchange, 200, first ? """
						{"state": "replaying", "records": {"replayed": 12, "total": 24}}
						""" : """
						{"state": "done", "records": {"replayed": 24, "total": 24},
						 "aliases": [{"alias": "disclosures", "from": ["disclosures-v2"], "to": "disclosures-v3"}]}
						""");
			}
		});
		this.server.createContext("/api/v1/replay", (exchange) -> {
			this.bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			if (!"k1".equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
				answer(exchange, 401,
						"{\"error\":\"unauthorized\",\"message\":\"Header X-Api-Key is missing or wrong\"}");
			}
			else if (this.bodies.get(this.bodies.size() - 1).contains("0f0f")) {
				answer(exchange, 404, "{\"error\":\"not_found\",\"message\":\"Document 0f0f never reached "
						+ "disclosure.fetched.v1, the topic stage parse reads\"}");
			}
			else {
				answer(exchange, 200, """
						{"replay_id": "r-1", "kind": "document", "source_topic": "disclosure.fetched.v1",
						 "target_topics": {"disclosure.fetched.v1": 1}, "records_scanned": 7, "records_sent": 1,
						 "skipped": 6}
						""");
			}
		});
		this.server.createContext("/api/v1/monitor", (exchange) -> {
			if (this.monitor == null) {
				answer(exchange, 404, "{\"error\":\"not_found\"}");
			}
			else {
				answer(exchange, 200, this.monitor);
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void searchSendsTheFiltersAndPrintsTheReport() {
		int exit = cli(Map.of("INDEX_PORT", port())).run("search", "城乡医疗救助", "--county", "鲁山县", "--kind", "budget");
		assertThat(exit).isZero();
		assertThat(this.requests).singleElement().isEqualTo("/api/v1/search?q=城乡医疗救助&county=鲁山县&kind=budget");
		assertThat(output()).startsWith("1 document matches \"城乡医疗救助\"  (county=鲁山县, kind=budget)\n")
			.contains(" 1. 鲁山县2024年部门预算\n")
			.contains("河南省 / 平顶山市 / 鲁山县 · 2024 · budget (预算)")
			.contains("【城乡医疗救助】")
			.contains("  county  鲁山县 1\n");
	}

	@Test
	void searchSendsTablesRulesSeveritiesAndTheOrder() {
		int exit = cli(Map.of("INDEX_PORT", port())).run("search", "--rule", "NR-DETAIL", "--severity", "error",
				"--table", "FA01,FA09", "--sort", "errors");
		assertThat(exit).isZero();
		assertThat(this.requests).singleElement()
			.isEqualTo("/api/v1/search?table=FA01,FA09&rule=NR-DETAIL&severity=error&sort=errors");
		assertThat(output()).startsWith("1 document matches  (table=FA01,FA09, rule=NR-DETAIL, severity=error)\n");
	}

	@Test
	void searchSendsScopePartStatusCoverageAndASkippedRuleByTheirNamesInTheApi() {
		int exit = cli(Map.of("INDEX_PORT", port())).run("search", "--skipped-rule", "FA05-ROW", "--coverage", "<0.5",
				"--status", "incomplete", "--part", "tables", "--scope", "unit");
		assertThat(exit).isZero();
		assertThat(this.requests).singleElement()
			.isEqualTo("/api/v1/search?scope=unit&part=tables&status=incomplete&coverage=<0.5&skipped_rule=FA05-ROW");
		assertThat(output()).startsWith("1 document matches  (scope=unit, part=tables, status=incomplete, "
				+ "coverage=<0.5, skipped_rule=FA05-ROW)\n");
	}

	@Test
	void reindexStartsTheRebuildWithTheApiKeyAndFollowsItUntilTheAliasesMoved() {
		int exit = cli(Map.of("INDEX_PORT", port(), "PIPELINE_API_KEY", "k1")).run("reindex");

		assertThat(exit).isZero();
		assertThat(this.requests).containsExactly("/api/v1/reindex?null", "/api/v1/reindex?null",
				"/api/v1/reindex?null");
		assertThat(output()).contains("disclosures          disclosures-v2 → disclosures-v3")
			.contains("  replaying 0 of 24 records (0 %)\n")
			.contains("  replaying 12 of 24 records (50 %)\n")
			.contains("  done 24 of 24 records (100 %)\n")
			.endsWith(
					"Done: 24 records replayed; aliases moved:\n  disclosures          disclosures-v2 → disclosures-v3\n");
	}

	@Test
	void aRefusedReindexSaysWhy() {
		int exit = cli(Map.of("INDEX_PORT", port(), "PIPELINE_API_KEY", "wrong")).run("reindex");

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("index-service refused the rebuild: HTTP 401 unauthorized: Header X-Api-Key is missing or wrong");
	}

	@Test
	void replayAsksIndexServiceWithTheApiKeyAndPrintsWhatWasReSent() {
		String docId = "9F2C1E4B7A0D3F6E8C5B2A1D4E7F0A3C6B9E2D5F8A1C4E7B0D3F6A9C2E5B8D1F";

		int exit = cli(Map.of("INDEX_PORT", port(), "PIPELINE_API_KEY", "k1")).run("replay", "--doc", docId);

		assertThat(exit).isZero();
		assertThat(this.requests).containsExactly("/api/v1/replay?null");
		assertThat(this.bodies).containsExactly("{\"doc_id\": \"" + docId.toLowerCase() + "\", \"stage\": \"parse\"}");
		assertThat(output()).contains("Replaying document " + docId + " at stage parse through index-service")
			.contains("replay r-1  document, from disclosure.fetched.v1\n  read 7 records, re-sent 1, skipped 6\n"
					+ "  → disclosure.fetched.v1  1\n");
	}

	@Test
	void aStageAndADeadLetterTopicAreAskedForAsTheyAreNamed() {
		cli(Map.of("INDEX_PORT", port(), "PIPELINE_API_KEY", "k1")).run("replay", "--stage", "index");
		cli(Map.of("INDEX_PORT", port(), "PIPELINE_API_KEY", "k1")).run("replay", "--dlt", "disclosure.parsed.v1-dlt",
				"--from-offset", "4");

		assertThat(this.bodies).containsExactly("{\"stage\": \"index\"}",
				"{\"dead_letter_topic\": \"disclosure.parsed.v1-dlt\", \"from_offset\": 4}");
	}

	@Test
	void aRefusedReplaySaysWhy() {
		int exit = cli(Map.of("INDEX_PORT", port(), "PIPELINE_API_KEY", "k1")).run("replay", "--doc", "0f".repeat(32),
				"--stage", "parse");

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("index-service refused the replay: HTTP 404 not_found: Document 0f0f never reached");
	}

	@Test
	void statusPrintsIndexServicesFiguresOfThePipeline() {
		int exit = cli(stackElsewhere()).run("status");

		assertThat(exit).as("nothing of the stack runs").isEqualTo(1);
		assertThat(this.requests).contains("/api/v1/monitor?window=15m");
		assertThat(output()).contains("index-service     foreign")
			.contains("Pipeline, last 15 min (at 2026-11-22 10:15:00 UTC, from index-service)")
			.contains("LAG (1 partition behind, 2 caught up)")
			.contains("RECENT FAILURES (2 most recent)")
			.contains("STUCK DOCUMENTS (1)")
			.doesNotContain("No pipeline figures");
	}

	@Test
	void statusWithoutIndexServicesFiguresSaysSoAndShowsWhatKafkaHas() {
		this.monitor = null;

		cli(stackElsewhere()).run("status");

		assertThat(output())
			.contains("No pipeline figures from index-service at http://127.0.0.1:" + port()
					+ " (index-service answered HTTP 404 for /api/v1/monitor")
			.contains("Kafka is not reachable: no topic offsets or consumer lag.")
			.contains("State: ");
	}

	@Test
	void pushUsesTheApiKeyAndFailsWhenItIsRefused() throws IOException {
		Path file = Files.writeString(this.temp.resolve("a.txt"), "x");
		assertThat(cli(Map.of("INGEST_PORT", port(), "PIPELINE_API_KEY", "k1")).run("push", file.toString())).isZero();
		assertThat(output()).contains("a.txt  d1  accepted\n").contains("1 pushed, 0 refused");
		assertThat(cli(Map.of("INGEST_PORT", port(), "PIPELINE_API_KEY", "wrong")).run("push", file.toString()))
			.isEqualTo(1);
		assertThat(output()).contains("a.txt  HTTP 401 unauthorized: Bad API key\n");
	}

	@Test
	void aStoppedServiceIsExplained() {
		this.server.stop(0);
		assertThat(cli(Map.of("INDEX_PORT", port())).run("search", "x")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("index-service does not answer")
			.contains("./pipeline up");
	}

	@Test
	void helpAndUsageErrors() {
		assertThat(cli(Map.of()).run()).isZero();
		assertThat(output()).contains("Usage: ./pipeline COMMAND");
		assertThat(cli(Map.of()).run("launch")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Unknown command 'launch'")
			.contains("./pipeline help");
	}

	/** Every port of the stack free but index-service's, which the stand-in answers. */
	private Map<String, String> stackElsewhere() {
		return Map.of("INDEX_PORT", port(), "KAFKA_PORT", free(), "ES_PORT", free(), "INGEST_PORT", free(),
				"PARSE_PORT", free(), "VALIDATE_PORT", free());
	}

	private static String free() {
		return Integer.toString(FreePorts.next());
	}

	private PipelineCli cli(Map<String, String> env) {
		StackLayout layout = new StackLayout(this.temp, this.temp.resolve("state"));
		return new PipelineCli(layout, env, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), false);
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String port() {
		return Integer.toString(this.server.getAddress().getPort());
	}

	private void answer(HttpExchange exchange, int status, String json) throws IOException {
		this.requests
			.add(URLDecoder.decode(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery(),
					StandardCharsets.UTF_8));
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
