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
