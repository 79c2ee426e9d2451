package org.disclosure.index.elasticsearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosure.index.documents.PipelineEventDocument;
import org.disclosure.index.documents.PipelineRecord;
import org.disclosure.support.events.EventCodec;

/**
 * Writes records of the pipeline's topics into the current version of
 * {@code pipeline-events}, one document per record under its
 * {@code topic/partition/offset}, in one bulk call per batch. It does not wait for a
 * refresh: the log is read by people and the monitor, for whom the next periodic refresh
 * is soon enough.
 */
public class EventLogIndexer {

	private final BulkWriter writer;

	private final EventCodec codec;

	/**
	 * @param writer a writer that does not wait for refreshes
	 */
	public EventLogIndexer(BulkWriter writer, EventCodec codec) {
		this.writer = writer;
		this.codec = PipelineEventDocument.headlines(codec);
	}

	public void write(List<PipelineRecord> records) {
		Map<String, PipelineEventDocument> byId = new LinkedHashMap<>();
		for (PipelineRecord record : records) {
			PipelineEventDocument document = PipelineEventDocument.of(record, this.codec);
			byId.put(document.eventId(), document);
		}
		if (!byId.isEmpty()) {
			this.writer.write(IndexDefinition.EVENTS.indexName(), byId);
		}
	}

}
