package org.disclosure.parse.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * PDF pages read from character positions: ruled grids become rows with wrapped cells
 * kept whole, lines split by wide gaps become positioned cells, other lines text.
 */
class PdfLayoutTest {

	private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	@Test
	void aRuledGridBecomesRowsAndAWrappedCellStaysInItsCell() throws IOException {
		byte[] pdf = pdf((content) -> {
			text(content, 50, 760, "Income and expenditure");
			// A grid of 3 columns (50-200-300-400) and 3 rows (700-680-650-630).
			for (float y : new float[] { 700, 680, 650, 630 }) {
				line(content, 50, y, 400, y);
			}
			for (float x : new float[] { 50, 200, 300, 400 }) {
				line(content, x, 700, x, 630);
			}
			cellTexts(content);
			text(content, 50, 600, "Note: amounts in ten thousand yuan.");
		});
		Layout layout = PdfLayout.read(pdf);
		assertThat(layout.lines()).extracting(LayoutLine::kind)
			.containsExactly(LineKind.TEXT, LineKind.ROW, LineKind.ROW, LineKind.ROW, LineKind.TEXT);
		assertThat(layout.line(1).cells()).containsExactly("Code", "Name", "Amount");
		assertThat(layout.line(2).cells()).containsExactly("2101501", "Administrative\noperation", "276.50");
		assertThat(layout.line(3).cells()).containsExactly("2101502", "", "1.99");
		assertThat(layout.line(4).text()).isEqualTo("Note: amounts in ten thousand yuan.");
		assertThat(layout.line(1).positional()).isFalse();
	}

	@Test
	void rulingsDrawnByAnyPathOperatorUnderAnyTransformAreReadInTheSamePassAsTheText() throws IOException {
		byte[] pdf = pdf((content) -> {
			// The grid of the test above: its frame a stroked rectangle, its inner rows
			// thin
			// filled rectangles, its inner columns lines drawn in a translated space.
			content.addRect(50, 630, 350, 70);
			content.stroke();
			content.addRect(50, 679.5f, 350, 1);
			content.addRect(50, 649.5f, 350, 1);
			content.fill();
			content.saveGraphicsState();
			content.transform(Matrix.getTranslateInstance(100, 0));
			line(content, 100, 700, 100, 630);
			line(content, 200, 700, 200, 630);
			content.restoreGraphicsState();
			// Neither a clipping path nor a curve is a border.
			content.addRect(60, 640, 100, 30);
			content.clip();
			content.moveTo(60, 660);
			content.curveTo(80, 700, 120, 620, 160, 660);
			content.stroke();
			cellTexts(content);
		});
		Layout layout = PdfLayout.read(pdf);
		assertThat(layout.lines()).extracting(LayoutLine::kind)
			.containsExactly(LineKind.ROW, LineKind.ROW, LineKind.ROW);
		assertThat(layout.line(0).cells()).containsExactly("Code", "Name", "Amount");
		assertThat(layout.line(1).cells()).containsExactly("2101501", "Administrative\noperation", "276.50");
		assertThat(layout.line(2).cells()).containsExactly("2101502", "", "1.99");
	}

	@Test
	void linesWithoutRulingsAreSplitAtRunsOfSpaceAndKeepTheirPositions() throws IOException {
		byte[] pdf = pdf((content) -> {
			text(content, 50, 700, "2101501");
			text(content, 110, 700, "Administrative operation");
			text(content, 300, 700, "276.50");
			text(content, 380, 700, "233.40");
			text(content, 110, 688, "continued");
		});
		Layout layout = PdfLayout.read(pdf);
		assertThat(layout.size()).isEqualTo(2);
		LayoutLine row = layout.line(0);
		assertThat(row.kind()).isEqualTo(LineKind.ROW);
		assertThat(row.cells()).containsExactly("2101501", "Administrative operation", "276.50", "233.40");
		assertThat(row.spans()).hasSize(4);
		assertThat(row.spans().get(2).left()).isCloseTo(300f, offset(0.5f));
		LayoutLine wrapped = layout.line(1);
		assertThat(wrapped.kind()).isEqualTo(LineKind.TEXT);
		assertThat(wrapped.text()).isEqualTo("continued");
		assertThat(wrapped.spans().get(0).left()).isCloseTo(110f, offset(0.5f));
	}

	private interface Drawing {

		void draw(PDPageContentStream content) throws IOException;

	}

	private static byte[] pdf(Drawing drawing) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				drawing.draw(content);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void text(PDPageContentStream content, float x, float y, String text) throws IOException {
		content.beginText();
		content.setFont(FONT, 10);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

	/** The texts of the grid's cells (columns 50-200-300-400, rows 700-680-650-630). */
	private static void cellTexts(PDPageContentStream content) throws IOException {
		text(content, 55, 686, "Code");
		text(content, 205, 686, "Name");
		text(content, 305, 686, "Amount");
		text(content, 55, 666, "2101501");
		text(content, 205, 666, "Administrative");
		text(content, 205, 654, "operation");
		text(content, 305, 666, "276.50");
		text(content, 55, 636, "2101502");
		text(content, 305, 636, "1.99");
	}

	private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
		content.moveTo(x1, y1);
		content.lineTo(x2, y2);
		content.stroke();
	}

}
