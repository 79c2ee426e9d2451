package org.disclosure.parse.boot;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.disclosure.parse.ParseStage;
import org.disclosure.parse.guard.ParseAttempts;
import org.disclosure.parse.ocr.OcrSettings;
import org.disclosure.parse.ocr.ScanReader;
import org.disclosure.parse.worker.WorkerCommand;
import org.disclosure.parse.worker.WorkerParser;
import org.disclosure.support.blob.BlobStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents are parsed in a worker JVM started from this one's java and classes; the
 * worker is stopped with the context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParseProperties.class)
public class ParseConfiguration {

	@Bean
	WorkerParser workerParser(ParseProperties properties, ObjectProvider<MeterRegistry> registry) {
		OcrSettings ocr = properties.ocr().settings();
		return new WorkerParser(
				WorkerCommand.ofThisJvm(properties.worker().maxHeap().toMegabytes(), ocr.asSystemProperties()),
				properties.timeLimit(), ocr.pageTimeLimit(), registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	ParseAttempts parseAttempts(BlobStore blobs, ParseProperties properties) {
		return new ParseAttempts(blobs, properties.maxAttempts());
	}

	@Bean
	ParseStage parseStage(BlobStore blobs, WorkerParser parser, ParseAttempts attempts) {
		return new ParseStage(blobs, parser::parse, attempts, Clock.systemUTC());
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
