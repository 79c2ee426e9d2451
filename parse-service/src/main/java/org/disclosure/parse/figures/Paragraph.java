package org.disclosure.parse.figures;

/**
 * A paragraph of narrative with the headings it sits under.
 *
 * @param section the section heading
 * @param subsection the sub-heading, null when none
 * @param text the paragraph, its wrapped lines joined
 * @param line the layout line it starts at
 * @param page the page it starts on, 0 where the format has no pages
 */
record Paragraph(String section, String subsection, String text, int line, int page) {
}
