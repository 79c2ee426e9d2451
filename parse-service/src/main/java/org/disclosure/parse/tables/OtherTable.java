package org.disclosure.parse.tables;

/**
 * A table whose title is none of the canonical ones and whose shape does not say which
 * canonical table it is (a province's extra table): recorded with its title, never
 * silently dropped.
 *
 * @param title the title as printed
 * @param printedNumber the number the document prints ({@code 公开05表}), null when none
 * @param line the layout line of its title
 * @param page the page of its title, 0 where the format has no pages
 * @param rows the rows of its region
 */
public record OtherTable(String title, String printedNumber, int line, int page, int rows) {
}
