package org.disclosure.index.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.DocumentIndexed;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.disclosure.index.elasticsearch.DisclosureIndexer;
import org.disclosure.index.elasticsearch.IndexWriteException;
import org.disclosure.support.events.EventCodec;
import org.disclosure.support.events.EventDecodingException;
import org.disclosure.support.events.EventPublisher;
import org.disclosure.support.metrics.PipelineMetrics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Indexes the validated disclosures of each poll in one bulk write, then announces each
 * searchable; times the index stage (the batch's time shared by its records) and the
 * whole way from fetch to index. A record that cannot be decoded, or whose disclosure
 * Elasticsearch rejects, is handed to the error handler by its place in the batch: what
 * came before it is committed, it is dead-lettered (at once, or after the retries), and
 * what follows is read again.
 */
@Component
class ValidatedDocumentListener {

	private final EventCodec codec;

	private final DisclosureIndexer indexer;

	private final EventPublisher publisher;

	private final Timer indexStage;

	private final Timer endToEnd;

	ValidatedDocumentListener(EventCodec codec, DisclosureIndexer indexer, EventPublisher publisher,
			PipelineMetrics metrics) {
		this.codec = codec;
		this.indexer = indexer;
		this.publisher = publisher;
		this.indexStage = metrics.stage(Stage.INDEX.value());
		this.endToEnd = metrics.endToEnd();
	}

	@KafkaListener(topics = Topics.VALIDATED, groupId = "${spring.application.name}",
			containerFactory = IndexingConfiguration.BATCH_CONTAINER_FACTORY,
			concurrency = "${pipeline.index.consumers}",
			properties = "max.poll.records=${pipeline.index.max-poll-records}")
	void onValidated(List<ConsumerRecord<String, byte[]>> records) {
		long start = System.nanoTime();
		List<DocumentValidated> batch = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			try {
				batch.add(this.codec.decode(record.value(), DocumentValidated.class));
			}
			catch (EventDecodingException ex) {
				indexAndAnnounce(batch, records);
				throw new BatchListenerFailedException("Undecodable record", ex, record);
			}
		}
		indexAndAnnounce(batch, records);
		Duration perRecord = Duration.ofNanos((System.nanoTime() - start) / Math.max(1, records.size()));
		records.forEach((record) -> this.indexStage.record(perRecord));
	}

	/**
	 * Indexes {@code batch} (the first records of {@code records}) and announces what it
	 * indexed; a disclosure Elasticsearch rejected fails the batch at its first record.
	 */
	private void indexAndAnnounce(List<DocumentValidated> batch, List<ConsumerRecord<String, byte[]>> records) {
		if (batch.isEmpty()) {
			return;
		}
		List<DocumentIndexed> indexed;
		try {
			indexed = this.indexer.index(batch);
		}
		catch (IndexWriteException ex) {
			if (ex.rejectedDocIds().isEmpty()) {
				throw ex;
			}
			announce(perRecord(batch, ex.indexed()));
			throw new BatchListenerFailedException("Elasticsearch rejected a disclosure", ex,
					records.get(firstOf(batch, ex.rejectedDocIds())));
		}
		announce(perRecord(batch, indexed));
	}

	/**
	 * One announcement per record of {@code batch} whose disclosure was indexed: a
	 * disclosure validated twice in one poll is written once, at its later version, and
	 * each of its records still gets its outcome (what the monitor and the callers
	 * waiting for a record's outcome count), naming that version.
	 */
	private static List<DocumentIndexed> perRecord(List<DocumentValidated> batch, List<DocumentIndexed> indexed) {
		Map<String, DocumentIndexed> byDocId = new HashMap<>();
		indexed.forEach((one) -> byDocId.put(one.docId(), one));
		return batch.stream().map((validated) -> byDocId.get(validated.docId())).filter(Objects::nonNull).toList();
	}

	private void announce(List<DocumentIndexed> indexed) {
		this.publisher.publishAll(Topics.INDEXED, indexed);
		for (DocumentIndexed one : indexed) {
			if (one.fetchedAt() != null) {
				this.endToEnd.record(Duration.between(one.fetchedAt(), one.indexedAt()));
			}
		}
	}

	private static int firstOf(List<DocumentValidated> batch, Set<String> docIds) {
		for (int i = 0; i < batch.size(); i++) {
			if (docIds.contains(batch.get(i).docId())) {
				return i;
			}
		}
		return 0;
	}

}
