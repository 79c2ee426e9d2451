package org.disclosure.validate.publication;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.validate.rules.RuleCatalogue;

/**
 * The verdicts a parsed document calls for: its own, read with the other file of its
 * split publication when that has arrived (the newest, where several versions have); and
 * then that file's verdict again, now read with this one, when this one is the newest of
 * its kind, so whichever file arrives first, both end checked together, and an older
 * version arriving late (a replay) does not replace the newer pair's verdict.
 */
public class Verdicts {

	private final RuleCatalogue catalogue;

	private final PublicationParts parts;

	private final Clock clock;

	public Verdicts(RuleCatalogue catalogue, PublicationParts parts, Clock clock) {
		this.catalogue = catalogue;
		this.parts = parts;
		this.clock = clock;
	}

	/**
	 * The verdicts on {@code parsed} and on the parts of its publication it completes.
	 */
	public List<DocumentValidated> of(DocumentParsed parsed) {
		PublicationParts.Arrival arrival = this.parts.arrive(parsed);
		List<DocumentValidated> verdicts = new ArrayList<>();
		verdicts.add(verdict(parsed, arrival.other().map(List::of).orElse(List.of())));
		arrival.toCheckAgain().ifPresent((other) -> verdicts.add(verdict(other, List.of(parsed))));
		return verdicts;
	}

	private DocumentValidated verdict(DocumentParsed document, List<DocumentParsed> linked) {
		return new DocumentValidated(DocumentValidated.SCHEMA_VERSION, document.docId(), document,
				this.catalogue.validate(document, linked), this.clock.instant());
	}

}
