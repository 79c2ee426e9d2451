package org.disclosure.parse.tables;

/**
 * A line that carries the title of a canonical table.
 *
 * @param code the table
 * @param line index of the title line in the document's lines
 * @param table true when a table follows (header lines such as {@code 公开01表},
 * {@code 单位：万元}, {@code 栏次}), false for a mere listing (table of contents)
 */
public record TableTitle(TableCode code, int line, boolean table) {
}
