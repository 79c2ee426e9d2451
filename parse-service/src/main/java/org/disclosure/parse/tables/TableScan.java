package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.disclosure.contracts.DocKind;

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

	/**
	 * This scan with each canonical title that does not say its kind (收支总表,
	 * 一般公共预算“三公”经费情况表) given the final account's table when the titles that do say theirs
	 * are mostly a final account's; as the vocabulary names it (a budget's) otherwise.
	 * Applied twice, it changes nothing more.
	 */
	public TableScan inTheirKind() {
		int finalAccount = 0;
		int budget = 0;
		List<Boolean> neutral = new ArrayList<>(this.titles.size());
		for (TableTitle title : this.titles) {
			boolean namesKind = title.canonical() && TitleForm.namesKind(title.title());
			neutral.add(title.canonical() && !namesKind);
			DocKind kind = namesKind ? title.code().kind().orElse(null) : null;
			finalAccount += (kind == DocKind.FINAL_ACCOUNT) ? 1 : 0;
			budget += (kind == DocKind.BUDGET) ? 1 : 0;
		}
		if (finalAccount <= budget) {
			return this;
		}
		List<TableTitle> resolved = new ArrayList<>();
		for (int i = 0; i < this.titles.size(); i++) {
			TableTitle title = this.titles.get(i);
			resolved.add(neutral.get(i) ? new TableTitle(title.code().inFinalAccount(), title.title(), title.line(),
					title.lastLine(), title.table(), title.whose()) : title);
		}
		return new TableScan(List.copyOf(resolved));
	}

	/** The codes of {@link #present()} as strings ({@code FA01}, {@code PERF_DEPT}). */
	public List<String> presentCodes() {
		return present().stream().map(TableCode::name).toList();
	}

}
