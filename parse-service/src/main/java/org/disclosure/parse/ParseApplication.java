package org.disclosure.parse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Reads every fetched document into text, tables and metadata.
 */
@SpringBootApplication
public class ParseApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParseApplication.class, args);
	}

	/** One parser for all listener threads: Tika and the GB/T 2260 list load once. */
	@Bean
	DocumentParser documentParser() {
		return DocumentParser.standard();
	}

}
