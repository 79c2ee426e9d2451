package org.disclosure.index.elasticsearch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BulkWriterTest {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	@Test
	void aWriteOnAnIdleWriterForcesARefreshAndOneInAStreamWaitsForTheNextPeriodicOne() {
		BulkWriter writer = new BulkWriter(null, true, this.now::get);
		assertThat(writer.refreshFor(1200)).as("the first write").isEqualTo(Refresh.True);

		writer.execute(List.of(), "nothing");
		advance(Duration.ofMillis(40));
		assertThat(writer.refreshFor(1200)).as("right after the previous write").isEqualTo(Refresh.WaitFor);

		advance(BulkWriter.STREAM_GAP);
		assertThat(writer.refreshFor(1200)).as("after a pause").isEqualTo(Refresh.True);
		assertThat(writer.refreshFor(BulkWriter.CHUNK + 1)).as("a backlog's write never forces one")
			.isEqualTo(Refresh.WaitFor);
	}

	@Test
	void aWriterThatDoesNotWaitNeverRefreshes() {
		BulkWriter writer = new BulkWriter(null, false, this.now::get);

		assertThat(writer.refreshFor(10)).isEqualTo(Refresh.False);
	}

	@Test
	void theBodyIsOneActionLineForEachOperationAndOneDocumentLineForEachWrite() throws Exception {
		ElasticsearchProperties nowhere = new ElasticsearchProperties(URI.create("http://127.0.0.1:9"), null, null,
				ChineseAnalysis.NONE, true, Duration.ofSeconds(1));
		try (ElasticsearchClient client = ElasticsearchClients.connect(nowhere)) {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("title", "2024年部门决算\n\"公开\"");
			document.put("amount", new java.math.BigDecimal("16497.8640"));
			BulkWriter writer = new BulkWriter(client, true);

			String body = new String(writer.body(List.of(new BulkWriter.Index("facts-v3", "a:0:1:total", document),
					new BulkWriter.Delete("facts-v3", "a:0:2:total"),
					new BulkWriter.Index("findings-v3", "b", Map.of()))), StandardCharsets.UTF_8);

			assertThat(body).isEqualTo("""
					{"index":{"_index":"facts-v3","_id":"a:0:1:total"}}
					{"title":"2024年部门决算\\n\\"公开\\"","amount":16497.8640}
					{"delete":{"_index":"facts-v3","_id":"a:0:2:total"}}
					{"index":{"_index":"findings-v3","_id":"b"}}
					{}
					""");
		}
	}

	private void advance(Duration duration) {
		this.now.addAndGet(duration.toNanos());
	}

}
