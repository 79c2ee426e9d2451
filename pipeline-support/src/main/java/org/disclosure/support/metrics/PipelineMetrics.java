package org.disclosure.support.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The pipeline's own meters, on top of what Spring Kafka and the Kafka clients record:
 * events published per topic and type, documents failed per stage and reason, records
 * redelivered and dead-lettered per topic, and the time a stage spends on a document.
 */
public class PipelineMetrics {

	/** Meters that go nowhere, for code run outside a service. */
	public static final PipelineMetrics NONE = new PipelineMetrics(new SimpleMeterRegistry());

	private final MeterRegistry registry;

	public PipelineMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void published(String topic, String type) {
		Counter.builder("pipeline.events.published")
			.description("Events published, per topic and CloudEvents type")
			.tag("topic", topic)
			.tag("type", type)
			.register(this.registry)
			.increment();
	}

	public void documentFailed(String stage, String reason) {
		Counter.builder("pipeline.documents.failed")
			.description("Documents a stage rejected for a reason of their own")
			.tag("stage", stage)
			.tag("reason", reason)
			.register(this.registry)
			.increment();
	}

	public void redelivered(String topic) {
		Counter.builder("pipeline.records.redelivered")
			.description("Deliveries that failed on an infrastructure fault and will be retried")
			.tag("topic", topic)
			.register(this.registry)
			.increment();
	}

	public void deadLettered(String topic, String exception) {
		Counter.builder("pipeline.records.dead_lettered")
			.description("Records sent to the dead-letter topic")
			.tag("topic", topic)
			.tag("exception", exception)
			.register(this.registry)
			.increment();
	}

	/** Time a stage spent on one document, e.g. parsing or indexing it. */
	public Timer stage(String stage) {
		return Timer.builder("pipeline.stage.duration")
			.description("Time a stage spends on one document")
			.tag("stage", stage)
			.publishPercentileHistogram()
			.register(this.registry);
	}

	/** Time from fetch to index of one document. */
	public Timer endToEnd() {
		return Timer.builder("pipeline.end_to_end.duration")
			.description("Time from a document's fetch to its indexing")
			.publishPercentileHistogram()
			.register(this.registry);
	}

}
