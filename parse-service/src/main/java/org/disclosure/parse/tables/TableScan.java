package org.disclosure.parse.tables;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The table titles of one document, in document order: the tables it contains and those
 * it only lists (table of contents), canonical or not.
 *
 * @param titles every title, tables and listings
 */
public record TableScan(List<TableTitle> titles) {

	/** The tables the document contains, each once, in document order. */
	public List<TableCode> present() {
		Set<TableCode> present = new LinkedHashSet<>();
		for (TableTitle title : this.titles) {
			if (title.table() && title.canonical()) {
				present.add(title.code());
			}
		}
		return List.copyOf(present);
	}

	/**
	 * The tables the document lists (table of contents) but does not contain, in listing
	 * order.
	 */
	public List<TableCode> listedOnly() {
		List<TableCode> present = present();
		Set<TableCode> listed = new LinkedHashSet<>();
		for (TableTitle title : this.titles) {
			if (!title.table() && title.canonical() && !present.contains(title.code())) {
				listed.add(title.code());
			}
		}
		return List.copyOf(listed);
	}

	/** The codes of {@link #present()} as strings ({@code FA01}, {@code PERF_DEPT}). */
	public List<String> presentCodes() {
		return present().stream().map(TableCode::name).toList();
	}

}
