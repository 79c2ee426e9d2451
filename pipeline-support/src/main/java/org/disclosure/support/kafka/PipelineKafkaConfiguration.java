package org.disclosure.support.kafka;

import java.nio.file.Path;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosure.contracts.Topics;
import org.disclosure.support.PipelineProperties;
import org.disclosure.support.blob.BlobStore;
import org.disclosure.support.blob.FileSystemBlobStore;
import org.disclosure.support.blob.S3BlobStore;
import org.disclosure.support.events.EventCodec;
import org.disclosure.support.events.EventDecodingException;
import org.disclosure.support.events.EventPublisher;
import org.disclosure.support.metrics.DeliveryMetrics;
import org.disclosure.support.metrics.PipelineMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How a service joins the pipeline: String keys and JSON bytes on the wire, the topics of
 * the catalogue created, and a listener that fails on an infrastructure fault retried
 * with back-off, then dead-lettered to {@code <topic>-dlt} with the reason in headers. A
 * record that cannot be decoded is dead-lettered at once.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(PipelineProperties.class)
public class PipelineKafkaConfiguration {

	@Bean
	@ConditionalOnMissingBean
	public PipelineMetrics pipelineMetrics(ObjectProvider<MeterRegistry> registry) {
		return new PipelineMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	/**
	 * The folder or the bucket of {@code pipeline.blob-store}; a bucket is closed with
	 * the context.
	 */
	@Bean
	@ConditionalOnMissingBean
	public BlobStore blobStore(PipelineProperties properties) {
		PipelineProperties.BlobStoreProperties store = properties.blobStore();
		return switch (store.backend()) {
			case FILESYSTEM -> new FileSystemBlobStore(store.root());
			case S3 -> {
				PipelineProperties.S3 s3 = store.s3();
				yield new S3BlobStore(
						S3BlobStore.clientBuilder(s3.endpoint(), s3.region(), s3.accessKey(), s3.secretKey()).build(),
						s3.bucket(), Path.of(System.getProperty("java.io.tmpdir")), S3BlobStore.LIST_PAGE_SIZE);
			}
		};
	}

	@Bean
	@ConditionalOnMissingBean
	public EventCodec eventCodec() {
		return new EventCodec();
	}

	@Bean
	@ConditionalOnMissingBean
	public EventPublisher eventPublisher(KafkaTemplate<String, byte[]> template, EventCodec codec,
			PipelineMetrics metrics, @Value("${spring.application.name}") String serviceName) {
		return new EventPublisher(template, codec, serviceName, metrics);
	}

	@Bean
	public DefaultKafkaProducerFactoryCustomizer pipelineProducerSerializers() {
		return (factory) -> {
			factory.setKeySerializer(cast(new StringSerializer()));
			factory.setValueSerializer(cast(new ByteArraySerializer()));
		};
	}

	@Bean
	public DefaultKafkaConsumerFactoryCustomizer pipelineConsumerDeserializers() {
		return (factory) -> {
			factory.setKeyDeserializer(cast(new StringDeserializer()));
			factory.setValueDeserializer(cast(new ByteArrayDeserializer()));
		};
	}

	@Bean
	@ConditionalOnMissingBean
	public DefaultErrorHandler pipelineErrorHandler(KafkaTemplate<String, byte[]> template,
			PipelineProperties properties, PipelineMetrics metrics) {
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		ConsumerAwareRecordRecoverer recoverer = (record, consumer, ex) -> deadLetters.accept(record, consumer,
				withoutBatchWrapper(ex));
		ExponentialBackOff backOff = new ExponentialBackOff(properties.retry().initialInterval().toMillis(), 2.0);
		backOff.setMaxInterval(properties.retry().maxInterval().toMillis());
		backOff.setMaxElapsedTime(properties.retry().maxElapsed().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(EventDecodingException.class);
		handler.setRetryListeners(new DeliveryMetrics(metrics));
		return handler;
	}

	/**
	 * The topics of the catalogue. They keep their records for ever: the event log is
	 * what the indices are rebuilt from by replay (index-service, {@code ./pipeline
	 * reindex}), and the bytes they point to stay in the blob store anyway.
	 */
	@Bean
	public KafkaAdmin.NewTopics pipelineTopics(PipelineProperties properties) {
		return new KafkaAdmin.NewTopics(Topics.ALL.stream()
			.map((name) -> TopicBuilder.name(name)
				.partitions(properties.partitions())
				.replicas(1)
				.config(TopicConfig.RETENTION_MS_CONFIG, "-1")
				.build())
			.toArray(NewTopic[]::new));
	}

	/**
	 * The exception a batch listener named a record with, as a record listener would have
	 * thrown it, so a dead letter says why whatever kind of listener read it.
	 */
	static Exception withoutBatchWrapper(Exception ex) {
		Throwable batch = (ex instanceof ListenerExecutionFailedException) ? ex.getCause() : ex;
		if (batch instanceof BatchListenerFailedException && batch.getCause() != null) {
			String groupId = (ex instanceof ListenerExecutionFailedException failed) ? failed.getGroupId() : null;
			return new ListenerExecutionFailedException(ex.getMessage(), groupId, batch.getCause());
		}
		return ex;
	}

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object serde) {
		return (T) serde;
	}

}
