package org.disclosure.parse.tables;

import java.util.regex.Pattern;

/**
 * A column a template expects: its canonical name and the header texts (compact,
 * half-width, stacked header rows joined) that print it.
 */
record ColumnSpec(String name, Pattern header) {

	static ColumnSpec of(String name, String header) {
		return new ColumnSpec(name, Pattern.compile(header));
	}

	boolean matches(String stackedHeader) {
		return !stackedHeader.isEmpty() && this.header.matcher(stackedHeader).find();
	}

}
