package org.disclosure.parse.tables;

/** How a table lays out its rows, which decides how it is read. */
enum TableShape {

	/** Classified rows (code, name) with amount columns: FA02, FA03, FA05, BU03, BU05. */
	SUBJECT,

	/** Income and expenditure side by side on each line: FA01, FA04, BU01, BU04. */
	TWO_SIDED,

	/** Three (code, name, amount) triplets per line: FA06. */
	TRIPLETS,

	/** The 三公 grid: one line of amounts under a multi-row header: FA09, BU08. */
	THREE_PUBLIC,

	/** Anything else: label and cells, columns named by the nearest header line. */
	GENERIC

}
