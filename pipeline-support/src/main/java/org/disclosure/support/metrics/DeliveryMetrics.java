package org.disclosure.support.metrics;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.listener.RetryListener;

/** Counts redeliveries and dead letters of the listener error handler. */
public class DeliveryMetrics implements RetryListener {

	private final PipelineMetrics metrics;

	public DeliveryMetrics(PipelineMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
		this.metrics.redelivered(record.topic());
	}

	@Override
	public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		this.metrics.deadLettered(record.topic(), cause.getClass().getSimpleName());
	}

}
