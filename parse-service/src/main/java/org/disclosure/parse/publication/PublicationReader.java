package org.disclosure.parse.publication;

import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.Publication;
import org.disclosure.parse.figures.NarrativeFigure;
import org.disclosure.parse.tables.RecognizedTables;

/**
 * Tells which part of a disclosure a file is. A department may publish its narrative (说明)
 * and its tables as two files: the narrative's 目录 lists tables it does not contain (or it
 * states no figure at all beside them), the tables file has tables and no narrative. Both
 * get the key a disclosure's parts share: the department (without a party prefix such as
 * 中共, which one file prints and the other not), the fiscal year and the kind.
 * Thread-safe.
 */
public class PublicationReader {

	/** Fewest narrative figures that make a narrative. */
	private static final int NARRATIVE_FIGURES = 5;

	/** The heading of a narrative section: 情况说明, 编制说明. */
	private static final Pattern EXPLANATION = Pattern.compile("情况说明|编制说明|预算说明|决算说明");

	private static final Pattern PARTY_PREFIX = Pattern.compile("^(?:中国共产党|中共)");

	private static final Pattern OWN_LEVEL = Pattern.compile("[(（](?:本级|机关|本部)[)）]$");

	/**
	 * The part {@code tables} and {@code figures} make of a document.
	 * @param metadata its metadata
	 * @param tables its tables, read and listed
	 * @param figures its narrative figures
	 * @param sections its section headings
	 * @return the part, with the key its parts share when it is one of two
	 */
	public Publication read(DisclosureMetadata metadata, RecognizedTables tables, List<NarrativeFigure> figures,
			List<String> sections) {
		boolean hasTables = !tables.presentCodes().isEmpty();
		boolean hasNarrative = figures.size() >= NARRATIVE_FIGURES
				|| sections.stream().anyMatch((heading) -> EXPLANATION.matcher(heading).find());
		String part;
		if (hasTables && !hasNarrative && figures.isEmpty()) {
			part = Publication.TABLES;
		}
		else if (!hasTables && (hasNarrative || !tables.listedOnly().isEmpty())) {
			part = Publication.NARRATIVE;
		}
		else {
			return new Publication(Publication.WHOLE, null);
		}
		return new Publication(part, linkKey(metadata));
	}

	/**
	 * What the parts of one disclosure share: department, fiscal year and kind; null when
	 * one of them is unknown.
	 */
	static String linkKey(DisclosureMetadata metadata) {
		if (metadata.department() == null || metadata.fiscalYear() == null || metadata.docKind() == null) {
			return null;
		}
		String department = OWN_LEVEL.matcher(PARTY_PREFIX.matcher(metadata.department()).replaceFirst(""))
			.replaceFirst("");
		return department + "|" + metadata.fiscalYear() + "|" + metadata.docKind().value();
	}

}
