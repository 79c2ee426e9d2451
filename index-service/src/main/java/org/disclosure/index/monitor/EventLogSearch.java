package org.disclosure.index.monitor;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.ArrayPercentilesItem;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import org.disclosure.contracts.Stage;
import org.disclosure.index.documents.EventOutcome;
import org.disclosure.index.documents.PipelineEventDocument;
import org.disclosure.index.elasticsearch.IndexDefinition;

/**
 * Reads the event log ({@code pipeline-events}): a document's records, and the figures of
 * a time window by aggregation (terms, date histogram, percentiles, max, top hits: all in
 * the minimal distribution). Windows are on the record timestamps, when records were
 * written, so a replay counts when it runs.
 */
public class EventLogSearch {

	/** Records read for one document's status, newest first. */
	static final int MAX_DOCUMENT_RECORDS = 1000;

	private static final String RECORD_TIMESTAMP = "record_timestamp";

	private static final List<String> NON_FINAL_STAGES = List.of(Stage.INGEST.value(), Stage.PARSE.value(),
			Stage.VALIDATE.value());

	private final ElasticsearchClient client;

	private final String index;

	public EventLogSearch(ElasticsearchClient client) {
		this.client = client;
		this.index = IndexDefinition.EVENTS.alias();
	}

	/**
	 * The records naming {@code docId}, newest first, at most
	 * {@link #MAX_DOCUMENT_RECORDS}.
	 */
	public List<PipelineEventDocument> recordsOf(String docId) throws IOException {
		SearchResponse<PipelineEventDocument> response = this.client.search(
				(search) -> search.index(this.index)
					.size(MAX_DOCUMENT_RECORDS)
					.query((query) -> query.term((term) -> term.field("doc_id").value(docId)))
					.sort((sort) -> sort.field((field) -> field.field(RECORD_TIMESTAMP).order(SortOrder.Desc)))
					.sort((sort) -> sort.field((field) -> field.field("offset").order(SortOrder.Desc))),
				PipelineEventDocument.class);
		return sources(response.hits().hits());
	}

	/**
	 * Records per topic and minute, outcomes and latencies per stage, written in [from,
	 * to].
	 */
	public WindowFigures figures(Instant from, Instant to) throws IOException {
		Query window = Query.of((query) -> query.range(
				(range) -> range.date((date) -> date.field(RECORD_TIMESTAMP).gte(from.toString()).lte(to.toString()))));
		SearchResponse<Void> response = this.client.search(
				(search) -> search.index(this.index)
					.size(0)
					.query(window)
					.aggregations("topics", (topics) -> topics.terms((terms) -> terms.field("topic").size(200))
						.aggregations("minutes",
								(minutes) -> minutes.dateHistogram((histogram) -> histogram.field(RECORD_TIMESTAMP)
									.fixedInterval((interval) -> interval.time("1m"))
									.minDocCount(1))))
					.aggregations("stages",
							(stages) -> stages.terms((terms) -> terms.field("stage").size(10))
								.aggregations("outcomes",
										(outcomes) -> outcomes.terms((terms) -> terms.field("outcome").size(10)))
								.aggregations(latencies("latency_ms")))
					.aggregations(latencies("end_to_end_ms")),
				Void.class);
		Map<String, Aggregate> aggregations = response.aggregations();
		Map<String, TopicCounts> topics = new LinkedHashMap<>();
		for (StringTermsBucket bucket : aggregations.get("topics").sterms().buckets().array()) {
			Map<Instant, Long> perMinute = new TreeMap<>();
			bucket.aggregations()
				.get("minutes")
				.dateHistogram()
				.buckets()
				.array()
				.forEach((minute) -> perMinute.put(Instant.ofEpochMilli(minute.key()), minute.docCount()));
			topics.put(bucket.key().stringValue(), new TopicCounts(bucket.docCount(), perMinute));
		}
		Map<Stage, MonitorReport.StageFigures> stages = new LinkedHashMap<>();
		for (StringTermsBucket bucket : aggregations.get("stages").sterms().buckets().array()) {
			Map<String, Long> outcomes = new LinkedHashMap<>();
			bucket.aggregations()
				.get("outcomes")
				.sterms()
				.buckets()
				.array()
				.forEach((outcome) -> outcomes.put(outcome.key().stringValue(), outcome.docCount()));
			Latencies latency = latencies(bucket.aggregations(), "latency_ms");
			stageOf(bucket.key().stringValue()).ifPresent((stage) -> stages.put(stage,
					new MonitorReport.StageFigures(stage, outcomes.getOrDefault(EventOutcome.DONE.value(), 0L),
							outcomes.getOrDefault(EventOutcome.FAILED.value(), 0L),
							outcomes.getOrDefault(EventOutcome.DEAD_LETTERED.value(), 0L),
							new MonitorReport.Latency(latency.p50(), latency.p95(), latency.max()))));
		}
		Latencies endToEnd = latencies(aggregations, "end_to_end_ms");
		return new WindowFigures(topics, stages,
				new MonitorReport.EndToEnd(endToEnd.count(), endToEnd.p50(), endToEnd.p95(), endToEnd.max()));
	}

	/** The latest failures and dead letters, newest first. */
	public List<PipelineEventDocument> recentFailures(int size) throws IOException {
		SearchResponse<PipelineEventDocument> response = this.client.search(
				(search) -> search.index(this.index)
					.size(size)
					.query((query) -> query.terms((terms) -> terms.field("outcome")
						.terms((values) -> values.value(List.of(FieldValue.of(EventOutcome.FAILED.value()),
								FieldValue.of(EventOutcome.DEAD_LETTERED.value()))))))
					.sort((sort) -> sort.field((field) -> field.field(RECORD_TIMESTAMP).order(SortOrder.Desc)))
					.sort((sort) -> sort.field((field) -> field.field("offset").order(SortOrder.Desc))),
				PipelineEventDocument.class);
		return sources(response.hits().hits());
	}

	/**
	 * Documents whose latest record is a {@code done} (or {@code replayed}) of a stage
	 * before {@code index}, written before {@code olderThan}: the next stage has been
	 * pending since. Best effort by aggregation: of the documents with such a record,
	 * only the {@code scan} most recently active are examined, so a document stuck long
	 * before the last {@code scan} documents went through is not listed.
	 */
	public List<MonitorReport.StuckDocument> stuck(Instant olderThan, int scan) throws IOException {
		SearchResponse<Void> candidates = this.client.search(
				(search) -> search.index(this.index)
					.size(0)
					.query((query) -> query.bool((bool) -> bool
						.filter((filter) -> filter.terms((terms) -> terms.field("outcome")
							.terms((values) -> values.value(List.of(FieldValue.of(EventOutcome.DONE.value()),
									FieldValue.of(EventOutcome.REPLAYED.value()))))))
						.filter((filter) -> filter.terms((terms) -> terms.field("stage")
							.terms((values) -> values.value(NON_FINAL_STAGES.stream().map(FieldValue::of).toList()))))
						.filter((filter) -> filter.range((range) -> range
							.date((date) -> date.field(RECORD_TIMESTAMP).lt(olderThan.toString()))))))
					.aggregations("docs", (docs) -> docs.terms(
							(terms) -> terms.field("doc_id").size(scan).order(NamedValue.of("latest", SortOrder.Desc)))
						.aggregations("latest", (latest) -> latest.max((max) -> max.field(RECORD_TIMESTAMP)))),
				Void.class);
		List<FieldValue> docIds = candidates.aggregations()
			.get("docs")
			.sterms()
			.buckets()
			.array()
			.stream()
			.map(StringTermsBucket::key)
			.toList();
		if (docIds.isEmpty()) {
			return List.of();
		}
		SearchResponse<Void> latest = this.client.search(
				(search) -> search.index(this.index)
					.size(0)
					.query((query) -> query
						.terms((terms) -> terms.field("doc_id").terms((values) -> values.value(docIds))))
					.aggregations("docs", (docs) -> docs.terms((terms) -> terms.field("doc_id").size(docIds.size()))
						.aggregations("latest", (top) -> top.topHits((hits) -> hits.size(1)
							.sort((sort) -> sort.field((field) -> field.field(RECORD_TIMESTAMP).order(SortOrder.Desc)))
							.sort((sort) -> sort.field((field) -> field.field("offset").order(SortOrder.Desc)))))),
				Void.class);
		List<MonitorReport.StuckDocument> stuck = new ArrayList<>();
		for (StringTermsBucket bucket : latest.aggregations().get("docs").sterms().buckets().array()) {
			List<Hit<JsonData>> hits = bucket.aggregations().get("latest").topHits().hits().hits();
			if (hits.isEmpty() || hits.get(0).source() == null) {
				continue;
			}
			PipelineEventDocument record = hits.get(0).source().to(PipelineEventDocument.class);
			Instant written = record.recordTimestamp();
			boolean pending = record.outcome() != null && record.outcome().handsOn() && record.stage() != null
					&& record.stage() != Stage.INDEX && written != null && written.isBefore(olderThan);
			if (pending) {
				Stage next = Stage.values()[record.stage().ordinal() + 1];
				stuck.add(new MonitorReport.StuckDocument(bucket.key().stringValue(), next, written));
			}
		}
		stuck.sort((first, second) -> first.pendingSince().compareTo(second.pendingSince()));
		return stuck;
	}

	/** Count, 50th and 95th percentile and maximum of {@code field}. */
	private static Map<String, Aggregation> latencies(String field) {
		Map<String, Aggregation> aggregations = new LinkedHashMap<>();
		aggregations.put(field + "_count", Aggregation.of((count) -> count.valueCount((value) -> value.field(field))));
		aggregations.put(field + "_percentiles", Aggregation
			.of((percentiles) -> percentiles.percentiles((p) -> p.field(field).percents(50.0, 95.0).keyed(false))));
		aggregations.put(field + "_max", Aggregation.of((max) -> max.max((value) -> value.field(field))));
		return aggregations;
	}

	private static Latencies latencies(Map<String, Aggregate> aggregations, String field) {
		long count = (long) aggregations.get(field + "_count").valueCount().value();
		if (count == 0) {
			return new Latencies(0, null, null, null);
		}
		Long p50 = null;
		Long p95 = null;
		for (ArrayPercentilesItem item : aggregations.get(field + "_percentiles")
			.tdigestPercentiles()
			.values()
			.array()) {
			Long value = Double.isNaN(item.value()) ? null : Math.round(item.value());
			if (item.key() == 50.0) {
				p50 = value;
			}
			else if (item.key() == 95.0) {
				p95 = value;
			}
		}
		double max = aggregations.get(field + "_max").max().value();
		return new Latencies(count, p50, p95, Double.isNaN(max) ? null : Math.round(max));
	}

	private static Optional<Stage> stageOf(String value) {
		for (Stage stage : Stage.values()) {
			if (stage.value().equals(value)) {
				return Optional.of(stage);
			}
		}
		return Optional.empty();
	}

	private static <T> List<T> sources(List<Hit<T>> hits) {
		return hits.stream().map(Hit::source).filter(Objects::nonNull).toList();
	}

	private record Latencies(long count, Long p50, Long p95, Long max) {
	}

	/**
	 * @param records the topic's records written in the window
	 * @param perMinute by minute, only minutes that had records
	 */
	public record TopicCounts(long records, Map<Instant, Long> perMinute) {
	}

	/**
	 * The window's figures from the event log.
	 *
	 * @param topics by topic, those with records in the window
	 * @param stages by stage, those with records in the window
	 */
	public record WindowFigures(Map<String, TopicCounts> topics, Map<Stage, MonitorReport.StageFigures> stages,
			MonitorReport.EndToEnd endToEnd) {
	}

}
