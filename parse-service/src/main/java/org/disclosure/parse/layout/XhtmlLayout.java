package org.disclosure.parse.layout;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Tika's XHTML (HTML, DOCX, XLSX and the other office formats) into lines and rows:
 * each {@code
 *
<tr>
 * } of an outermost {@code
 *
<table>
 * } is a row of its {@code
 *
<td>} cells ({@code colspan} repeated as empty cells, a cell's {@code rowspan} an empty
 * cell in its columns of the rows below), each paragraph outside tables a text line, each
 * spreadsheet sheet ({@code <div class="sheet">
 *
<h1>}) a sheet line. Paragraphs inside a cell stay in the cell, on separate lines.
 */
public final class XhtmlLayout {

	/** The name this reader gives its layouts. */
	public static final String READER = "xhtml";

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt",
			"pre", "blockquote", "br", "title", "ul", "ol", "section", "article");

	private static final int MAX_COLSPAN = 50;

	private static final int MAX_ROWSPAN = 1000;

	private XhtmlLayout() {
	}

	/**
	 * Reads {@code xhtml}.
	 * @param xhtml Tika's XHTML of a document
	 * @return its layout
	 * @throws IllegalArgumentException when the XHTML is not well-formed
	 */
	public static Layout read(String xhtml) {
		return read(xhtml, () -> DocxGrid.NONE);
	}

	/**
	 * Reads {@code xhtml} of a Word document, the cells of a table whose rows have
	 * different numbers of cells spread over the grid columns {@code grid} says they
	 * span.
	 * @param xhtml Tika's XHTML of a document
	 * @param grid the columns each table cell spans, asked for once, and only when a
	 * table's rows differ in width
	 * @return its layout
	 * @throws IllegalArgumentException when the XHTML is not well-formed
	 */
	static Layout read(String xhtml, Supplier<DocxGrid> grid) {
		Handler handler = new Handler(grid);
		parse(xhtml, handler);
		handler.flushTable();
		handler.flushText();
		return handler.layout.build(READER);
	}

	/**
	 * Feeds Tika's XHTML to {@code handler}, without DTDs or external entities.
	 * @param xhtml Tika's XHTML of a document
	 * @param handler what reads it
	 * @throws IllegalArgumentException when the XHTML is not well-formed (the events up
	 * to the fault have reached the handler)
	 */
	public static void parse(String xhtml, DefaultHandler handler) {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			SAXParser parser = factory.newSAXParser();
			parser.parse(new InputSource(new StringReader(xhtml)), handler);
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalArgumentException("Tika's XHTML could not be read: " + ex.getMessage(), ex);
		}
	}

	private static final class Handler extends DefaultHandler {

		private final Layout.Builder layout = new Layout.Builder();

		private final Supplier<DocxGrid> gridSource;

		private DocxGrid grid;

		/** The outermost table being read, counted from 0; -1 before the first. */
		private int table = -1;

		/** Whether a cell of the row being read carries a colspan or rowspan. */
		private boolean spansInRow;

		/** The rows of the outermost table being read, laid out when it ends. */
		private final List<List<String>> tableRows = new ArrayList<>();

		/** For each of {@link #tableRows}, whether its cells carried their spans. */
		private final List<Boolean> tableRowSpans = new ArrayList<>();

		Handler(Supplier<DocxGrid> grid) {
			this.gridSource = grid;
		}

		private final StringBuilder text = new StringBuilder();

		private int headDepth;

		private int tableDepth;

		private List<String> row;

		private StringBuilder cell;

		private int colspan;

		private int rowspan;

		/**
		 * For each column of the table, how many rows below the current one a cell above
		 * still covers.
		 */
		private final List<Integer> rowsBelow = new ArrayList<>();

		/** The columns of the current row a cell above covers. */
		private List<Boolean> covered = List.of();

		private int sheetDepth;

		private int divDepth;

		private StringBuilder sheetName;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			String name = localName.isEmpty() ? qName : localName;
			switch (name) {
				case "head" -> this.headDepth++;
				case "table" -> {
					if (this.tableDepth == 0) {
						flushText();
						this.layout.newBlock();
						this.rowsBelow.clear();
						this.table++;
					}
					else {
						cellBreak();
					}
					this.tableDepth++;
				}
				case "tr" -> {
					if (this.tableDepth == 1) {
						this.row = new ArrayList<>();
						this.covered = coveredFromAbove();
						this.spansInRow = false;
					}
				}
				case "td", "th" -> {
					if (this.tableDepth == 1 && this.row != null) {
						fillCovered();
						this.cell = new StringBuilder();
						this.colspan = span(attributes, "colspan", MAX_COLSPAN);
						this.rowspan = span(attributes, "rowspan", MAX_ROWSPAN);
						this.spansInRow |= this.colspan > 1 || this.rowspan > 1;
					}
					else if (this.cell != null) {
						this.cell.append(' ');
					}
				}
				case "div" -> {
					this.divDepth++;
					if ("sheet".equals(attributes.getValue("class")) && this.tableDepth == 0) {
						flushText();
						this.sheetDepth = this.divDepth;
					}
				}
				case "h1" -> {
					if (this.sheetDepth > 0 && this.tableDepth == 0) {
						flushText();
						this.sheetName = new StringBuilder();
					}
					else {
						block();
					}
				}
				default -> {
					if (BLOCKS.contains(name)) {
						block();
					}
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			String name = localName.isEmpty() ? qName : localName;
			switch (name) {
				case "head" -> this.headDepth--;
				case "table" -> {
					this.tableDepth--;
					if (this.tableDepth == 0) {
						this.row = null;
						this.cell = null;
						flushTable();
						this.layout.newBlock();
					}
				}
				case "tr" -> {
					if (this.tableDepth == 1 && this.row != null) {
						fillCovered();
						this.tableRows.add(this.row);
						this.tableRowSpans.add(this.spansInRow);
						this.row = null;
					}
				}
				case "td", "th" -> {
					if (this.tableDepth == 1 && this.cell != null && this.row != null) {
						int column = this.row.size();
						this.row.add(cleanCell(this.cell));
						for (int i = 1; i < this.colspan; i++) {
							this.row.add("");
						}
						for (int i = column; i < column + this.colspan && this.rowspan > 1; i++) {
							while (this.rowsBelow.size() <= i) {
								this.rowsBelow.add(0);
							}
							this.rowsBelow.set(i, this.rowspan - 1);
						}
						this.cell = null;
					}
				}
				case "div" -> {
					if (this.divDepth == this.sheetDepth) {
						flushText();
						this.sheetDepth = 0;
					}
					this.divDepth--;
					block();
				}
				case "h1" -> {
					if (this.sheetName != null) {
						this.layout.sheet(this.sheetName.toString());
						this.sheetName = null;
					}
					else {
						block();
					}
				}
				default -> {
					if (BLOCKS.contains(name)) {
						block();
					}
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.headDepth > 0) {
				return;
			}
			if (this.sheetName != null) {
				this.sheetName.append(ch, start, length);
			}
			else if (this.cell != null) {
				this.cell.append(ch, start, length);
			}
			else if (this.tableDepth == 0) {
				this.text.append(ch, start, length);
			}
		}

		private void block() {
			if (this.cell != null) {
				cellBreak();
			}
			else if (this.tableDepth == 0) {
				flushText();
			}
		}

		private void cellBreak() {
			if (this.cell != null && this.cell.length() > 0 && this.cell.charAt(this.cell.length() - 1) != '\n') {
				this.cell.append('\n');
			}
		}

		/**
		 * The columns a cell of a row above covers in the row that starts; each such cell
		 * then covers one row less.
		 */
		private List<Boolean> coveredFromAbove() {
			List<Boolean> columns = new ArrayList<>(this.rowsBelow.size());
			for (int i = 0; i < this.rowsBelow.size(); i++) {
				int below = this.rowsBelow.get(i);
				columns.add(below > 0);
				this.rowsBelow.set(i, Math.max(0, below - 1));
			}
			return columns;
		}

		/** Empty cells where the row's next columns are covered by a cell above. */
		private void fillCovered() {
			while (this.row.size() < this.covered.size() && this.covered.get(this.row.size())) {
				this.row.add("");
			}
		}

		/**
		 * Lays out the rows of the table just read; where they differ in width (a cell
		 * merged over columns is one cell in Tika's XHTML of a Word document), each
		 * spread over the columns its cells span.
		 */
		void flushTable() {
			boolean uneven = this.tableRows.stream().mapToInt(List::size).distinct().count() > 1;
			for (int i = 0; i < this.tableRows.size(); i++) {
				List<String> cells = this.tableRows.get(i);
				layRow((uneven && !this.tableRowSpans.get(i)) ? grid().spread(this.table, i, cells) : cells);
			}
			this.tableRows.clear();
			this.tableRowSpans.clear();
		}

		private DocxGrid grid() {
			if (this.grid == null) {
				this.grid = this.gridSource.get();
			}
			return this.grid;
		}

		private void layRow(List<String> cells) {
			if (cells.size() == 1) {
				// A one-cell row is a line of text: a sheet's title, a header line, a
				// note.
				this.layout.text(cells.get(0).replace('\n', ' '));
			}
			else if (!cells.isEmpty()) {
				this.layout.row(cells);
			}
		}

		void flushText() {
			if (this.text.length() == 0) {
				return;
			}
			for (String line : this.text.toString().split("\r\n|\r|\n")) {
				this.layout.text(line);
			}
			this.text.setLength(0);
		}

		private static String cleanCell(StringBuilder cell) {
			StringBuilder cleaned = new StringBuilder(cell.length());
			for (String line : cell.toString().split("\n")) {
				String stripped = line.strip();
				if (!stripped.isEmpty()) {
					if (cleaned.length() > 0) {
						cleaned.append('\n');
					}
					cleaned.append(stripped);
				}
			}
			return cleaned.toString();
		}

		private static int span(Attributes attributes, String name, int max) {
			String value = attributes.getValue(name);
			if (value == null) {
				return 1;
			}
			try {
				return Math.max(1, Math.min(max, Integer.parseInt(value.strip())));
			}
			catch (NumberFormatException ex) {
				return 1;
			}
		}

	}

}
