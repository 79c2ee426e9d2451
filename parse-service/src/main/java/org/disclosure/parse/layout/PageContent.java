package org.disclosure.parse.layout;

import java.util.List;

/**
 * A page read another way than from its text layer (by OCR from its image): its
 * characters and ruling lines, in points from its top-left corner, laid out into lines
 * and rows exactly as a page's text layer is.
 *
 * @param glyphs the characters read, each where it is printed
 * @param rulings the ruling lines found
 * @param height the page's height in points
 */
public record PageContent(List<Glyph> glyphs, List<Ruling> rulings, float height) {

	public PageContent {
		glyphs = List.copyOf(glyphs);
		rulings = List.copyOf(rulings);
	}

}
