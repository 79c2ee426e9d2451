package org.disclosure.parse.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * How many grid columns each cell of a Word document's tables spans ({@code w:gridSpan},
 * and the columns a row leaves out before its first cell, {@code w:gridBefore}), which
 * Tika's XHTML does not carry: a header cell merged over two columns (其中 over 基本支出 |
 * 项目支出) is one cell there, and the header cells after it stand a column too far left.
 * Read from {@code word/document.xml} with a streaming parser; only the outermost tables,
 * in document order, as Tika writes them.
 *
 * @param tables for each outermost table, for each row, the columns each cell spans,
 * preceded by one entry of 0 span per column left out before the first cell
 */
record DocxGrid(List<List<List<Integer>>> tables) {

	/** No spans known: every cell one column. */
	static final DocxGrid NONE = new DocxGrid(List.of());

	private static final String DOCUMENT = "word/document.xml";

	/**
	 * One factory a thread: making one looks the implementation up (milliseconds), and a
	 * factory is not documented as thread-safe.
	 */
	private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(() -> {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		return factory;
	});

	/** Largest document part read: a body larger than this is read without spans. */
	private static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

	/**
	 * The spans of a DOCX's tables.
	 * @param bytes the document's bytes
	 * @return its spans; {@link #NONE} when it cannot be read (no zip, no body,
	 * malformed)
	 */
	static DocxGrid read(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (DOCUMENT.equals(entry.getName())) {
					return read(new BoundedInput(zip, MAX_DOCUMENT_BYTES));
				}
			}
			return NONE;
		}
		catch (IOException | XMLStreamException | IllegalArgumentException ex) {
			return NONE;
		}
	}

	private static DocxGrid read(InputStream document) throws XMLStreamException {
		XMLStreamReader xml = FACTORY.get().createXMLStreamReader(document);
		List<List<List<Integer>>> tables = new ArrayList<>();
		int depth = 0;
		List<List<Integer>> table = null;
		List<Integer> row = null;
		try {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					if ("tbl".equals(name)) {
						depth++;
						if (depth == 1) {
							table = new ArrayList<>();
							tables.add(table);
						}
					}
					else if (depth == 1 && "tr".equals(name) && table != null) {
						row = new ArrayList<>();
						table.add(row);
					}
					else if (depth == 1 && "tc".equals(name) && row != null) {
						row.add(1);
					}
					else if (depth == 1 && "gridSpan".equals(name) && row != null && !row.isEmpty()) {
						row.set(row.size() - 1, value(xml, 1));
					}
					else if (depth == 1 && "gridBefore".equals(name) && row != null && row.isEmpty()) {
						for (int i = value(xml, 0); i > 0; i--) {
							row.add(0);
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "tbl".equals(xml.getLocalName())) {
					depth--;
				}
			}
		}
		finally {
			xml.close();
		}
		return new DocxGrid(tables);
	}

	private static int value(XMLStreamReader xml, int otherwise) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			if ("val".equals(xml.getAttributeLocalName(i))) {
				try {
					return Math.max(0, Math.min(64, Integer.parseInt(xml.getAttributeValue(i).strip())));
				}
				catch (NumberFormatException ex) {
					return otherwise;
				}
			}
		}
		return otherwise;
	}

	/**
	 * {@code cells} of row {@code row} of outermost table {@code table}, each followed by
	 * an empty cell for every further column it spans and preceded by one for every
	 * column the row leaves out; {@code cells} as they are when the document's row has
	 * another number of cells (the tables Tika wrote are not these).
	 */
	List<String> spread(int table, int row, List<String> cells) {
		if (table >= this.tables.size() || row >= this.tables.get(table).size()) {
			return cells;
		}
		List<Integer> spans = this.tables.get(table).get(row);
		long printed = spans.stream().filter((span) -> span > 0).count();
		if (printed != cells.size() || spans.stream().allMatch((span) -> span == 1)) {
			return cells;
		}
		List<String> spread = new ArrayList<>();
		int next = 0;
		for (int span : spans) {
			if (span == 0) {
				spread.add("");
				continue;
			}
			spread.add(cells.get(next++));
			for (int i = 1; i < span; i++) {
				spread.add("");
			}
		}
		return spread;
	}

	/** An input that ends with an error after {@code limit} bytes. */
	private static final class BoundedInput extends InputStream {

		private final InputStream in;

		private long left;

		BoundedInput(InputStream in, long limit) {
			this.in = in;
			this.left = limit;
		}

		@Override
		public int read() throws IOException {
			if (this.left <= 0) {
				throw new IOException("document.xml larger than the limit");
			}
			int read = this.in.read();
			this.left -= (read >= 0) ? 1 : 0;
			return read;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.left <= 0) {
				throw new IOException("document.xml larger than the limit");
			}
			int read = this.in.read(buffer, offset, (int) Math.min(length, this.left));
			this.left -= Math.max(read, 0);
			return read;
		}

	}

}
