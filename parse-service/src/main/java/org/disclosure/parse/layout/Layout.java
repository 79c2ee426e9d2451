package org.disclosure.parse.layout;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.parse.text.CompactText;
import org.disclosure.parse.text.DocumentText;

/**
 * A document as a sequence of text lines and table rows, the same shape whatever the
 * format it came from: TAB-separated text, one cell per line, Tika's XHTML tables, PDF
 * ruled grids or PDF columns separated by space.
 *
 * @param reader which reader produced it ({@code tab-text}, {@code xhtml}, {@code pdf})
 * @param lines the lines in reading order
 */
public record Layout(String reader, List<LayoutLine> lines) {

	public Layout {
		lines = List.copyOf(lines);
	}

	/** The number of lines. */
	public int size() {
		return this.lines.size();
	}

	/** Line {@code index}. */
	public LayoutLine line(int index) {
		return this.lines.get(index);
	}

	/**
	 * The lines as text, index for index: rows with their cells joined by TAB, sheet
	 * names blank (a sheet's name is no table title: its title rows are). Title scanning
	 * reads this form.
	 */
	public DocumentText asText() {
		List<String> texts = lineTexts();
		return new DocumentText(String.join("\n", texts), texts, texts.stream().map(CompactText::of).toList());
	}

	/** The text of {@link #asText()} alone, without its lines read for titles. */
	public String text() {
		return String.join("\n", lineTexts());
	}

	private List<String> lineTexts() {
		List<String> texts = new ArrayList<>(this.lines.size());
		for (LayoutLine line : this.lines) {
			texts.add((line.kind() == LineKind.SHEET) ? "" : line.text().replace('\n', ' ').replace('\r', ' '));
		}
		return texts;
	}

	/** Collects lines and numbers them in order. */
	static final class Builder {

		private final List<LayoutLine> lines = new ArrayList<>();

		private int block;

		/** Starts a new physical block; returns its id. */
		int newBlock() {
			return ++this.block;
		}

		int block() {
			return this.block;
		}

		/** The number of lines collected. */
		int size() {
			return this.lines.size();
		}

		void text(String text) {
			String cleaned = text.strip();
			if (!cleaned.isEmpty()) {
				this.lines.add(LayoutLine.text(this.lines.size(), cleaned, this.block));
			}
		}

		void row(List<String> cells) {
			this.lines.add(LayoutLine.row(this.lines.size(), cells, this.block));
		}

		void add(LayoutLine line) {
			this.lines.add(line.at(this.lines.size()));
		}

		void sheet(String name) {
			newBlock();
			this.lines
				.add(new LayoutLine(this.lines.size(), LineKind.SHEET, List.of(name.strip()), this.block, List.of()));
		}

		Layout build(String reader) {
			return new Layout(reader, this.lines);
		}

	}

}
