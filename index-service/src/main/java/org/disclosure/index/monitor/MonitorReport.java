package org.disclosure.index.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.index.documents.PipelineEventDocument;

/**
 * The answer of {@code GET /api/v1/monitor}: throughput per topic, lag per consumer group
 * and partition, outcomes and latencies per stage, dead letters, recent failures and
 * stuck documents. {@code ./pipeline status} and the monitor page read this shape; its
 * names change only with a new API version.
 *
 * @param endToEndMs time from fetch to index of the documents indexed in the window
 * @param ocr OCR on the disclosures indexed in the window; null when the disclosures
 * index did not answer
 */
public record MonitorReport(@JsonProperty("generated_at") Instant generatedAt,
		@JsonProperty("window_minutes") long windowMinutes, List<TopicThroughput> topics, List<GroupLag> lag,
		List<StageFigures> stages, @JsonProperty("end_to_end_ms") EndToEnd endToEndMs,
		@JsonProperty("dead_letters") List<DeadLetters> deadLetters,
		@JsonProperty("recent_failures") List<RecentFailure> recentFailures, List<StuckDocument> stuck, Ocr ocr) {

	/**
	 * OCR on the disclosures indexed in the window: those with pages read by OCR, the
	 * pages, the time OCR took on them and per page (null without pages).
	 */
	public record Ocr(long documents, long pages, long millis, @JsonProperty("millis_per_page") Long millisPerPage) {
	}

	/**
	 * One topic: records ever written (from the broker; null when it did not answer) and
	 * written in the window (from the event log), per minute.
	 */
	public record TopicThroughput(String topic, @JsonProperty("end_offset") Long endOffset,
			@JsonProperty("records_in_window") long recordsInWindow, @JsonProperty("per_minute") double perMinute,
			@JsonProperty("per_minute_series") List<MinuteCount> perMinuteSeries) {
	}

	/** Records written in the minute starting at {@code minute}. */
	public record MinuteCount(Instant minute, long count) {
	}

	/** A consumer group on one partition: how far behind the end it has committed. */
	public record GroupLag(String group, String topic, int partition,
			@JsonProperty("committed_offset") long committedOffset, @JsonProperty("end_offset") long endOffset,
			long lag) {
	}

	/** Outcomes of one stage in the window, and how long its successful runs took. */
	public record StageFigures(Stage stage, long done, long failed, @JsonProperty("dead_lettered") long deadLettered,
			@JsonProperty("latency_ms") Latency latencyMs) {
	}

	/** Milliseconds; null where nothing was measured. */
	public record Latency(Long p50, Long p95, Long max) {

		static final Latency NONE = new Latency(null, null, null);

	}

	/** Milliseconds from fetch to index; null where nothing was measured. */
	public record EndToEnd(long count, Long p50, Long p95, Long max) {
	}

	/** Records retained on a dead-letter topic. */
	public record DeadLetters(String topic, long records) {
	}

	/**
	 * A failure or dead letter.
	 *
	 * @param topic the topic of the record: {@code disclosure.failed.v1} or a dead-letter
	 * topic
	 * @param source the document's URL, else its file name
	 * @param replayable whether {@code POST /api/v1/replay} can run the stage again for
	 * the document: it has an id and the stage is past ingest (the bytes are stored)
	 */
	public record RecentFailure(Instant at, Stage stage, String reason, String message,
			@JsonProperty("doc_id") String docId, String topic, String source, boolean replayable) {

		private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{64}");

		static RecentFailure of(PipelineEventDocument record) {
			PipelineEventDocument.Source source = record.source();
			String where = (source == null) ? null : (source.url() != null) ? source.url() : source.fileName();
			boolean replayable = record.docId() != null && DOCUMENT_ID.matcher(record.docId()).matches()
					&& record.stage() != null && record.stage() != Stage.INGEST;
			return new RecentFailure(record.at(), record.stage(), record.reason(), record.message(), record.docId(),
					record.topic(), where, replayable);
		}

	}

	/** A document whose {@code stage} has had its input since {@code pendingSince}. */
	public record StuckDocument(@JsonProperty("doc_id") String docId, Stage stage,
			@JsonProperty("pending_since") Instant pendingSince) {
	}

	/**
	 * Per topic the sum of its partitions' end offsets; absent when the broker has none.
	 */
	static Map<String, Long> endOffsets(OffsetSource.Offsets offsets) {
		Map<String, Long> ends = new HashMap<>();
		offsets.partitions().forEach((partition) -> ends.merge(partition.topic(), partition.end(), Long::sum));
		return ends;
	}

	/** Every group's lag per partition, by group, topic and partition. */
	static List<GroupLag> lag(OffsetSource.Offsets offsets) {
		Map<String, Long> ends = new HashMap<>();
		offsets.partitions()
			.forEach((partition) -> ends.put(partition.topic() + "/" + partition.partition(), partition.end()));
		List<GroupLag> lag = new ArrayList<>();
		for (OffsetSource.CommittedOffset committed : offsets.committed()) {
			Long end = ends.get(committed.topic() + "/" + committed.partition());
			if (end != null) {
				lag.add(new GroupLag(committed.group(), committed.topic(), committed.partition(), committed.offset(),
						end, Math.max(0, end - committed.offset())));
			}
		}
		lag.sort(Comparator.comparing(GroupLag::group)
			.thenComparing(GroupLag::topic)
			.thenComparingInt(GroupLag::partition));
		return lag;
	}

	/**
	 * Records retained per dead-letter topic: those of the catalogue always (none when
	 * the broker did not answer), others the broker has too.
	 */
	static List<DeadLetters> deadLetters(OffsetSource.Offsets offsets) {
		Set<String> topics = new LinkedHashSet<>();
		Topics.ALL.stream().filter((topic) -> topic.endsWith(Topics.DEAD_LETTER_SUFFIX)).forEach(topics::add);
		offsets.partitions()
			.stream()
			.map(OffsetSource.PartitionOffsets::topic)
			.filter((topic) -> topic.endsWith(Topics.DEAD_LETTER_SUFFIX))
			.sorted()
			.forEach(topics::add);
		if (offsets.partitions().isEmpty()) {
			return List.of();
		}
		List<DeadLetters> letters = new ArrayList<>();
		for (String topic : topics) {
			long records = offsets.partitions()
				.stream()
				.filter((partition) -> partition.topic().equals(topic))
				.mapToLong((partition) -> Math.max(0, partition.end() - partition.start()))
				.sum();
			letters.add(new DeadLetters(topic, records));
		}
		return letters;
	}

}
