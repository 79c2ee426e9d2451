package org.disclosure.parse;

import java.util.List;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.Publication;
import org.disclosure.contracts.TableEntry;
import org.disclosure.parse.figures.NarrativeFigure;
import org.disclosure.parse.report.ParseReport;
import org.disclosure.parse.tables.Table;
import org.disclosure.parse.totals.DisclosureTotals;

/**
 * What parsing a document gave: a disclosure read into metadata, text, tables, narrative
 * figures and totals, or the reason it could not be. Both are normal results.
 */
public sealed interface ParseOutcome {

	/**
	 * A disclosure, read.
	 *
	 * @param metadata what it says about itself; fields not found are null
	 * @param text its extracted text
	 * @param tables canonical codes of the tables it contains, in document order
	 * @param mediaType the media type detected from its bytes
	 * @param truncated true when the text was cut at the write limit
	 * @param tableContents the tables read: rows, codes, levels and cells
	 * @param figures the figures its narrative states
	 * @param totals its totals, each from its defined place
	 * @param report what was read and what matched no table or template
	 * @param sections the headings of the body, in order
	 * @param tablesOther the titles of the tables that are none of the canonical ones
	 * @param publication the part of a disclosure it is
	 * @param tableOfContents the tables its 目录 lists, in order
	 * @param tablesInOrder the tables of its body in the order printed
	 */
	record Parsed(DisclosureMetadata metadata, String text, List<String> tables, String mediaType, boolean truncated,
			List<Table> tableContents, List<NarrativeFigure> figures, DisclosureTotals totals, ParseReport report,
			List<String> sections, List<String> tablesOther, Publication publication, List<TableEntry> tableOfContents,
			List<TableEntry> tablesInOrder) implements ParseOutcome {

		public Parsed {
			tables = List.copyOf(tables);
			tableContents = List.copyOf(tableContents);
			figures = List.copyOf(figures);
			sections = List.copyOf(sections);
			tablesOther = List.copyOf(tablesOther);
			tableOfContents = List.copyOf(tableOfContents);
			tablesInOrder = List.copyOf(tablesInOrder);
		}

	}

	/**
	 * A document that could not be parsed.
	 *
	 * @param failure why, as a category
	 * @param message what went wrong, for a person
	 * @param attachments the documents a {@link ParseFailure#LANDING_PAGE landing page}
	 * links, absolute where its URL is known; empty for any other failure
	 */
	record Failed(ParseFailure failure, String message, List<String> attachments) implements ParseOutcome {

		public Failed {
			attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		}

		/** A failure that links nothing. */
		public Failed(ParseFailure failure, String message) {
			this(failure, message, List.of());
		}

		/** The machine-readable reason, e.g. {@code no_text}. */
		public String reason() {
			return this.failure.reason();
		}

	}

	static Failed failed(ParseFailure failure, String message) {
		return new Failed(failure, message);
	}

}
