package org.disclosure.parse.boot;

import java.time.Clock;

import org.disclosure.parse.DocumentParser;
import org.disclosure.parse.ParseStage;
import org.disclosure.parse.guard.GuardedParser;
import org.disclosure.parse.guard.ParseAttempts;
import org.disclosure.support.blob.BlobStore;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One guarded parser for all listener threads: Tika and the GB/T 2260 list load once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParseProperties.class)
public class ParseConfiguration {

	@Bean
	GuardedParser guardedParser(ParseProperties properties) {
		DocumentParser parser = DocumentParser.standard();
		return new GuardedParser(parser::parse, properties.timeLimit());
	}

	@Bean
	ParseAttempts parseAttempts(BlobStore blobs, ParseProperties properties) {
		return new ParseAttempts(blobs.root().resolve("parse-attempts"), properties.maxAttempts());
	}

	@Bean
	ParseStage parseStage(BlobStore blobs, GuardedParser parser, ParseAttempts attempts) {
		return new ParseStage(blobs, parser, attempts, Clock.systemUTC());
	}

	@Bean
	ParserHealthIndicator parserHealthIndicator(GuardedParser parser, ParseProperties properties) {
		return new ParserHealthIndicator(parser, properties.maxStuckWorkers());
	}

}
