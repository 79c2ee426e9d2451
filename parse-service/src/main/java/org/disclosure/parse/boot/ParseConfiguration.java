package org.disclosure.parse.boot;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.disclosure.parse.ParseStage;
import org.disclosure.parse.guard.ParseAttempts;
import org.disclosure.parse.ocr.OcrSettings;
import org.disclosure.parse.ocr.ScanReader;
import org.disclosure.parse.worker.OcrTime;
import org.disclosure.parse.worker.WorkerCommand;
import org.disclosure.parse.worker.WorkerParser;
import org.disclosure.support.blob.BlobStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Documents are parsed in worker JVMs started from this one's java and classes, one per
 * consumer thread; the workers are stopped with the context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParseProperties.class)
public class ParseConfiguration {

	/** The container factory of the fetched-document listener. */
	public static final String PARSING_CONTAINER_FACTORY = "parsingContainerFactory";

	@Bean
	WorkerParser workerParser(ParseProperties properties, ObjectProvider<MeterRegistry> registry) {
		OcrSettings ocr = properties.ocr().settings();
		return new WorkerParser(
				WorkerCommand.ofThisJvm(properties.worker().maxHeap().toMegabytes(), ocr.asSystemProperties()),
				properties.timeLimit(), new OcrTime(ocr.pageTimeLimit(), properties.ocr().documentTimeLimit()),
				registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	ParseAttempts parseAttempts(BlobStore blobs, ParseProperties properties) {
		return new ParseAttempts(blobs, properties.maxAttempts());
	}

	@Bean
	ParseStage parseStage(BlobStore blobs, WorkerParser parser, ParseAttempts attempts) {
		return new ParseStage(blobs, parser::parse, attempts, Clock.systemUTC());
	}

	/**
	 * The listener's container: one consumer per parser worker, each parsing one record
	 * at a time. Records per poll are bounded in application.yml so that a poll's records
	 * fit in {@code max.poll.interval.ms} even when each runs into the time limit.
	 */
	@Bean(PARSING_CONTAINER_FACTORY)
	ConcurrentKafkaListenerContainerFactory<Object, Object> parsingContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
			ParseProperties properties) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumers);
		factory.setConcurrency(properties.workerCount());
		return factory;
	}

	@Bean
	ScanReader scanReader(ParseProperties properties) {
		return new ScanReader(properties.ocr().settings());
	}

	@Bean
	ParserHealthIndicator parserHealthIndicator(WorkerParser parser, ScanReader scans) {
		return new ParserHealthIndicator(parser, scans);
	}

}
