package org.disclosure.parse.layout;

import java.io.IOException;

import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.parse.text.Extraction;
import org.disclosure.parse.text.TextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF loaded once: the layout read from the document Tika loaded for its text is the
 * layout of the PDF loaded on its own.
 */
class PdfPositionsTest {

	@Test
	void theLayoutReadFromTikasDocumentIsThatOfThePdfLoadedAlone() throws IOException {
		TextExtractor extractor = new TextExtractor(TextExtractor.DEFAULT_WRITE_LIMIT, true);
		LayoutReader reader = new LayoutReader();
		for (FixtureDocument fixture : Fixtures.documents()) {
			if (!fixture.fileName().endsWith(".pdf")) {
				continue;
			}
			PdfPositions positions = new PdfPositions();
			Extraction.Text text = (Extraction.Text) extractor.extract(fixture.bytes(), fixture.fileName(), positions);

			assertThat(positions.layout()).as(fixture.fileName()).isNotNull();
			assertThat(reader.read(fixture.bytes(), text, positions)).as(fixture.fileName())
				.isEqualTo(PdfLayout.read(fixture.bytes()));
		}
	}

}
