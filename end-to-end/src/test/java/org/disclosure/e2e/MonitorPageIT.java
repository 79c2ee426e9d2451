package org.disclosure.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.disclosure.contracts.Topics;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.stack.StackLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The monitor page index-service serves, in a real headless Chromium against the real
 * stack: it loads, shows the live figures of the flow (and follows new documents without
 * a reload), lists a failure with its reason, and its replay buttons re-send a failed
 * document and a dead-letter topic through the pipeline. Leaves a screenshot in
 * {@code target/monitor-page.png} (the README's picture).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "org.disclosure.e2e.HeadlessChromium#available",
		disabledReason = "no Chromium (set CHROMIUM or install Debian's chromium; .ci/run installs it)")
class MonitorPageIT {

	private static final Duration FLOW_TIMEOUT = Duration.ofMinutes(4);

	private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);

	private LocalInfrastructure infrastructure;

	private RunningPipeline pipeline;

	private PipelineClient client;

	private HeadlessChromium chromium;

	private String corruptId;

	@BeforeAll
	void start() throws Exception {
		StackLayout layout = StackLayout.forTests();
		this.infrastructure = LocalInfrastructure.start(layout);
		this.pipeline = RunningPipeline.start(layout, this.infrastructure);
		this.client = new PipelineClient(this.pipeline.ingestUrl(), this.infrastructure.elasticsearchUrl());
		for (FixtureDocument fixture : txtFixtures()) {
			this.client.push(fixture.fileName(), fixture.bytes(), 202);
		}
		this.corruptId = this.client.push("corrupt.pdf",
				("%PDF-1.7\n" + UUID.randomUUID() + " no objects, no xref").getBytes(StandardCharsets.ISO_8859_1), 202)
			.path("doc_id")
			.asString();
		await().atMost(FLOW_TIMEOUT)
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> this.client.count("disclosures") == 3 && this.client.count("pipeline-failures") == 1);
		this.chromium = HeadlessChromium.start();
	}

	@AfterAll
	void stop() throws Exception {
		try {
			if (this.chromium != null) {
				this.chromium.close();
			}
		}
		finally {
			RunningPipeline.stop(this.pipeline, this.infrastructure);
		}
	}

	@Test
	void thePageShowsTheLiveFlowAndItsReplayButtonsWork() throws Exception {
		HeadlessChromium.Page page = this.chromium.open(this.pipeline.indexUrl() + "/monitor", 1400, 1000);
		page.waitUntil(
				"document.querySelector('#updated-at') && document.querySelector('#updated-at').textContent.trim()",
				PAGE_TIMEOUT);

		// Live figures: 4 announced documents, 3 parsed, validated and indexed; the
		// failure
		// with its reason; the broker's lag of each group.
		page.waitUntil(present("#topics tr[data-topic='" + Topics.FETCHED + "'][data-end-offset='4']"), PAGE_TIMEOUT);
		page.waitUntil(present("#topics tr[data-topic='" + Topics.INDEXED + "'][data-end-offset='3']"), PAGE_TIMEOUT);
		assertThat(page.evaluate(count("#topics tr[data-topic='" + Topics.PARSED + "'][data-end-offset='3']")).asInt())
			.isOne();
		page.waitUntil(present("#stages tr[data-stage='parse'][data-done='3']"), PAGE_TIMEOUT);
		page.waitUntil(present("#lag tr[data-group='index-service'][data-topic='" + Topics.VALIDATED + "']"),
				PAGE_TIMEOUT);
		page.waitUntil(present("#failures button[data-replay-doc='" + this.corruptId + "']"), PAGE_TIMEOUT);
		assertThat(page
			.evaluate("document.querySelector(\"#failures button[data-replay-doc='" + this.corruptId
					+ "']\").closest('tr').innerText")
			.asString()).contains("parse").contains("unreadable_document");

		// It refreshes itself: a document pushed now shows up without a reload.
		this.client.push("lushi-refresh.txt", HostileDocuments.disclosure("refresh " + UUID.randomUUID()), 202);
		page.waitUntil(present("#topics tr[data-topic='" + Topics.FETCHED + "'][data-end-offset='5']"), PAGE_TIMEOUT);

		// Replay of the failed document: the parse stage runs it a second time.
		page.evaluate(setApiKey());
		page.evaluate("document.querySelector(\"#failures button[data-replay-doc='" + this.corruptId + "']\").click()");
		page.waitUntil("document.querySelector('#replay-result').textContent.includes('records_sent = 1')",
				PAGE_TIMEOUT);
		await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			JsonNode parse = stage(this.client.getJson(statusUrl(this.corruptId)), "parse");
			assertThat(parse.path("attempts").asInt()).isEqualTo(2);
			assertThat(parse.path("last_error").path("reason").asString()).isEqualTo("unreadable_document");
		});

		// Replay of a dead-letter topic: the garbage goes back to its topic, fails again,
		// and is dead-lettered a second time; the page shows both.
		String garbageKey = "garbage-" + UUID.randomUUID();
		this.infrastructure.sendRaw(Topics.PARSED, garbageKey, new byte[] { 1, 2, 3, 4 });
		String dlt = Topics.deadLetter(Topics.PARSED);
		page.waitUntil(present("#dead-letters tr[data-topic='" + dlt + "'][data-records='1']"), FLOW_TIMEOUT);
		page.evaluate("document.querySelector(\"#dead-letters button[data-replay-dlt='" + dlt + "']\").click()");
		page.waitUntil(present("#dead-letters tr[data-topic='" + dlt + "'][data-records='2']"), FLOW_TIMEOUT);

		// The flow is intact: every good document indexed once.
		assertThat(this.client.count("disclosures")).isEqualTo(4);
		Path screenshot = Path.of("target", "monitor-page.png");
		Files.write(screenshot, page.screenshot());
		assertThat(Files.size(screenshot)).isGreaterThan(10_000);
	}

	private static List<FixtureDocument> txtFixtures() {
		return Fixtures.documents().stream().filter((fixture) -> fixture.fileName().endsWith(".txt")).toList();
	}

	private String statusUrl(String docId) {
		return this.pipeline.indexUrl() + "/api/v1/documents/" + docId + "/status";
	}

	private static JsonNode stage(JsonNode status, String name) {
		for (JsonNode stage : status.path("stages")) {
			if (name.equals(stage.path("stage").asString())) {
				return stage;
			}
		}
		throw new AssertionError("no stage " + name + " in " + status);
	}

	private static String setApiKey() {
		return "(() => { const input = document.querySelector('#api-key'); input.value = "
				+ HeadlessChromium.Page.quote(RunningPipeline.API_KEY)
				+ "; input.dispatchEvent(new Event('input')); input.dispatchEvent(new Event('change')); return true; })()";
	}

	private static String present(String selector) {
		return count(selector) + " > 0";
	}

	private static String count(String selector) {
		return "document.querySelectorAll(" + HeadlessChromium.Page.quote(selector) + ").length";
	}

}
