package org.disclosure.parse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Reads every fetched document into text, tables and metadata.
 */
@SpringBootApplication
public class ParseApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParseApplication.class, args);
	}

}
