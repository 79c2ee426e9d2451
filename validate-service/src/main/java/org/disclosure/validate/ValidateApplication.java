package org.disclosure.validate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Checks every figure of a parsed disclosure against the figures that must agree with it.
 */
@SpringBootApplication
public class ValidateApplication {

	public static void main(String[] args) {
		SpringApplication.run(ValidateApplication.class, args);
	}

}
