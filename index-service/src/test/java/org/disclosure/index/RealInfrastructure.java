package org.disclosure.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.disclosure.stack.FreePorts;
import org.disclosure.stack.KafkaBroker;
import org.disclosure.stack.StackLayout;

import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What a {@code @SpringBootTest} of index-service runs on: a real Kafka broker of its own
 * (from the local-stack jars), the shared {@link RealElasticsearch} node and a blob store
 * in a fresh state folder, plus a raw producer that plays the other services.
 */
public final class RealInfrastructure {

	private final StackLayout layout;

	private final KafkaBroker kafka;

	private final ElasticsearchClient elasticsearch;

	private KafkaProducer<String, byte[]> producer;

	private RealInfrastructure(StackLayout layout, KafkaBroker kafka, ElasticsearchClient elasticsearch) {
		this.layout = layout;
		this.kafka = kafka;
		this.elasticsearch = elasticsearch;
	}

	/** Starts a broker and connects to Elasticsearch, leaving its indices as they are. */
	public static RealInfrastructure start() {
		StackLayout layout = StackLayout.forTests();
		KafkaBroker kafka = KafkaBroker.start(layout, FreePorts.next());
		return new RealInfrastructure(layout, kafka, RealElasticsearch.client());
	}

	/** As {@link #start()}, on empty indices of the current templates. */
	public static RealInfrastructure startWithFreshIndices() {
		RealInfrastructure infrastructure = start();
		RealElasticsearch.freshIndices(infrastructure.elasticsearch);
		return infrastructure;
	}

	/**
	 * Points the service at the broker, Elasticsearch and the blob store, gives up
	 * retrying after 2 s, and keeps it from rebuilding the indices on start.
	 */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", this.kafka::bootstrapServers);
		registry.add("pipeline.elasticsearch.url", RealElasticsearch::url);
		registry.add("pipeline.blob-store.root", () -> blobRoot().toString());
		registry.add("pipeline.retry.max-elapsed", () -> "2s");
		registry.add("pipeline.index.reindex.on-start", () -> "false");
	}

	public String bootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	public ElasticsearchClient elasticsearch() {
		return this.elasticsearch;
	}

	public Path blobRoot() {
		return this.layout.stateDir().resolve("blobs");
	}

	/**
	 * A producer of raw records, as the other services write them; created on first use.
	 */
	public synchronized KafkaProducer<String, byte[]> producer() {
		if (this.producer == null) {
			this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
					new StringSerializer(), new ByteArraySerializer());
		}
		return this.producer;
	}

	/**
	 * Stops the service's Kafka clients (its listeners and producers) first, so they do
	 * not outlive the broker, then closes the producer, the Elasticsearch client and the
	 * broker.
	 */
	public synchronized void stop(ApplicationContext context) throws IOException {
		context.getBean(KafkaListenerEndpointRegistry.class).stop();
		context.getBean(ProducerFactory.class).reset();
		if (this.producer != null) {
			this.producer.close();
		}
		this.elasticsearch.close();
		this.kafka.close();
	}

}
