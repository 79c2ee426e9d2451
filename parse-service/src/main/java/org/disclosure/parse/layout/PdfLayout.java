package org.disclosure.parse.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF into lines and rows from the positions of its characters (PDFBox), not from
 * its text stream: a table drawn with ruling lines becomes rows of its cells, wrapped
 * cell text staying in its cell; a line outside any grid whose characters are separated
 * by wide gaps becomes a row of positioned cells, aligned into columns later; any other
 * line is text. Rows of a table continued on the next page are rows of a new block.
 */
public final class PdfLayout {

	/** The name this reader gives its layouts. */
	public static final String READER = "pdf";

	/**
	 * A gap wider than this many font sizes separates the columns of a line printed
	 * without rulings.
	 */
	static final float COLUMN_GAP = 1.5f;

	private PdfLayout() {
	}

	/**
	 * Reads a PDF.
	 * @param pdf the document's bytes
	 * @return its layout
	 * @throws IOException when PDFBox cannot read the bytes
	 */
	public static Layout read(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return read(document);
		}
	}

	/**
	 * Reads an open PDF document.
	 * @param document the document
	 * @return its layout
	 * @throws IOException when a page cannot be read
	 */
	public static Layout read(PDDocument document) throws IOException {
		return read(document, Map.of());
	}

	/**
	 * Reads an open PDF document, the pages of {@code replaced} from what was read on
	 * them another way (OCR of their image) instead of their text layer.
	 * @param document the document
	 * @param replaced pages by number (from 1) read another way
	 * @return its layout
	 * @throws IOException when a page cannot be read
	 */
	public static Layout read(PDDocument document, Map<Integer, PageContent> replaced) throws IOException {
		PageReader reader = new PageReader(replaced);
		reader.getText(document);
		return PageFurniture.withoutRunningHeaders(reader.layout.build(READER), reader.topLines);
	}

	/**
	 * Lays out pages without a text layer of their own (the pages of an image, read by
	 * OCR), page after page.
	 * @param pages the pages in order
	 * @return their layout
	 */
	public static Layout read(List<PageContent> pages) {
		PageReader reader = new PageReader(Map.of());
		for (int i = 0; i < pages.size(); i++) {
			PageContent page = pages.get(i);
			reader.addPage(page.glyphs(), page.rulings(), page.height(), i + 1);
		}
		return PageFurniture.withoutRunningHeaders(reader.layout.build(READER), reader.topLines);
	}

	/** A line of text or a row, placed on its page. */
	private record Placed(float top, LayoutLine line, boolean grid, boolean topLine) {
	}

	private static final class PageReader extends PDFTextStripper {

		private final Layout.Builder layout = new Layout.Builder();

		private final List<Glyph> glyphs = new ArrayList<>();

		private final Map<Integer, PageContent> replaced;

		/**
		 * The text line printed in each page's top margin, by its index in the layout.
		 */
		private final Map<Integer, String> topLines = new HashMap<>();

		/**
		 * The rulings of the page being read, collected in the same pass as its glyphs.
		 */
		private RulingCollector rulings;

		private PageReader(Map<Integer, PageContent> replaced) {
			this.replaced = replaced;
			setSortByPosition(false);
			PathOperators.addTo(this, () -> this.rulings);
		}

		@Override
		protected void startPage(PDPage page) throws IOException {
			this.glyphs.clear();
			this.rulings = new RulingCollector(page);
		}

		@Override
		protected void processTextPosition(TextPosition text) {
			String unicode = text.getUnicode();
			if (unicode == null || unicode.isBlank()) {
				return;
			}
			float size = text.getFontSizeInPt();
			if (size < 1f) {
				size = Math.max(text.getHeightDir() * 1.3f, 1f);
			}
			this.glyphs.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), size));
		}

		@Override
		protected void endPage(PDPage page) throws IOException {
			PageContent other = this.replaced.get(getCurrentPageNo());
			if (other != null) {
				addPage(other.glyphs(), other.rulings(), other.height(), getCurrentPageNo());
			}
			else {
				addPage(this.glyphs, this.rulings.rulings(), pageHeight(page), getCurrentPageNo());
			}
		}

		/** Lays out one page's characters and rulings. */
		private void addPage(List<Glyph> glyphs, List<Ruling> rulings, float height, int pageNumber) {
			List<RuledGrid> grids = RuledGrid.find(rulings);
			List<Glyph> free = new ArrayList<>();
			for (Glyph glyph : glyphs) {
				boolean placed = false;
				for (RuledGrid grid : grids) {
					if (grid.place(glyph)) {
						placed = true;
						break;
					}
				}
				if (!placed) {
					free.add(glyph);
				}
			}
			List<Placed> placed = new ArrayList<>();
			for (RuledGrid grid : grids) {
				int block = this.layout.newBlock();
				for (RuledGrid.PlacedRow row : grid.rows()) {
					placed
						.add(new Placed(row.top(), LayoutLine.ruledRow(row.cells(), row.edges(), block), true, false));
				}
			}
			List<List<Glyph>> freeLines = PageFurniture.withoutPageNumbers(PdfText.lines(free), height);
			for (List<Glyph> line : freeLines) {
				placed.add(new Placed(line.get(0).top(), freeLine(line), false,
						line == freeLines.get(0) && PageFurniture.inTopMargin(line, height)));
			}
			placed.sort(Comparator.comparingDouble(Placed::top));
			int freeBlock = this.layout.newBlock();
			boolean lastWasGrid = false;
			for (Placed line : placed) {
				if (!line.grid() && lastWasGrid) {
					freeBlock = this.layout.newBlock();
				}
				lastWasGrid = line.grid();
				LayoutLine layoutLine = line.grid() ? line.line()
						: new LayoutLine(0, line.line().kind(), line.line().cells(), freeBlock, line.line().spans());
				if (line.topLine() && layoutLine.kind() == LineKind.TEXT && line == placed.get(0)) {
					this.topLines.put(this.layout.size(), layoutLine.text());
				}
				this.layout.add(layoutLine.onPage(pageNumber));
			}
			this.layout.newBlock();
		}

		/**
		 * The height of the page as its text is laid out (rotated pages turned upright).
		 */
		private static float pageHeight(PDPage page) {
			boolean turned = page.getRotation() % 180 != 0;
			return turned ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
		}

		/** A line outside any grid: text, or positioned cells when wide gaps split it. */
		private static LayoutLine freeLine(List<Glyph> line) {
			List<List<Glyph>> chunks = PdfText.chunks(line, COLUMN_GAP);
			if (chunks.size() < 2) {
				Glyph first = line.get(0);
				Glyph last = line.get(line.size() - 1);
				return new LayoutLine(0, LineKind.TEXT, List.of(PdfText.join(line)), 0,
						List.of(new CellSpan(first.x(), last.right())));
			}
			List<String> cells = new ArrayList<>();
			List<CellSpan> spans = new ArrayList<>();
			for (List<Glyph> chunk : chunks) {
				cells.add(PdfText.join(chunk));
				spans.add(new CellSpan(chunk.get(0).x(), chunk.get(chunk.size() - 1).right()));
			}
			return new LayoutLine(0, LineKind.ROW, cells, 0, spans);
		}

	}

}
