package org.disclosure.index;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The last stage: writes validated disclosures and failures into Elasticsearch and serves
 * the search API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IndexApplication {

	public static void main(String[] args) {
		SpringApplication.run(IndexApplication.class, args);
	}

}
