package org.disclosure.index.kafka.replay;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disclosure.index.replay.ReplayFailedException;

/**
 * Sends records again, key and value bytes unchanged, with the replay's headers, and
 * counts what the broker acknowledged. The partition is left to the producer, which puts
 * a key where the document's other events are.
 */
final class RecordResender {

	private final Producer<byte[], byte[]> producer;

	private final String replayId;

	private final Map<String, LongAdder> acknowledged = new ConcurrentHashMap<>();

	private final AtomicReference<Exception> failure = new AtomicReference<>();

	private long sent;

	RecordResender(Producer<byte[], byte[]> producer, String replayId) {
		this.producer = producer;
		this.replayId = replayId;
	}

	void send(String topic, ConsumerRecord<byte[], byte[]> record) {
		failIfRefused();
		this.producer.send(new ProducerRecord<>(topic, null, null, record.key(), record.value(),
				ReplayHeaders.rewrite(record.headers(), this.replayId)), (metadata, ex) -> {
					if (ex != null) {
						this.failure.compareAndSet(null, ex);
					}
					else {
						this.acknowledged.computeIfAbsent(topic, (name) -> new LongAdder()).increment();
					}
				});
		this.sent++;
	}

	/**
	 * Waits until the broker has answered for every record sent.
	 * @return the records acknowledged per topic
	 * @throws ReplayFailedException when one was refused
	 */
	Map<String, Long> awaitAcknowledged() {
		this.producer.flush();
		failIfRefused();
		Map<String, Long> counts = new TreeMap<>();
		this.acknowledged.forEach((topic, count) -> counts.put(topic, count.sum()));
		return counts;
	}

	private void failIfRefused() {
		Exception ex = this.failure.get();
		if (ex != null) {
			long done = this.acknowledged.values().stream().mapToLong(LongAdder::sum).sum();
			throw new ReplayFailedException("The broker refused a re-sent record (" + done + " of " + this.sent
					+ " acknowledged): " + ex.getMessage(), ex);
		}
	}

}
