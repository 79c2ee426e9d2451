package org.disclosure.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A table as a list names it: an entry of the table of contents (目录), or a table of the
 * body in the order it is printed.
 *
 * @param code the canonical code its title has, null for a table that is none of them
 * @param title the title as printed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableEntry(String code, String title) {
}
