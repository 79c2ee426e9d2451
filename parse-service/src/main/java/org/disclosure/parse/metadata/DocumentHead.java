package org.disclosure.parse.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.disclosure.parse.tables.TableScan;
import org.disclosure.parse.tables.TableTitle;
import org.disclosure.parse.text.DocumentText;

/**
 * The cover of a document: the non-blank lines before its table of contents, its first
 * part or its first table. Title and publication date are read only here.
 */
final class DocumentHead {

	/** Cover lines looked at, at most. */
	private static final int MAX_LINES = 20;

	private static final Pattern END = Pattern.compile("^(目录|第[一二三四五六七八九十]+部分)");

	private DocumentHead() {
	}

	/** Indices of the non-blank cover lines of {@code text}, in order. */
	static List<Integer> lines(DocumentText text, TableScan tables) {
		int firstTable = tables.titles().stream().mapToInt(TableTitle::line).min().orElse(text.size());
		List<Integer> head = new ArrayList<>();
		for (int i = 0; i < Math.min(firstTable, text.size()) && head.size() < MAX_LINES; i++) {
			String compact = text.compact(i);
			if (END.matcher(compact).find()) {
				break;
			}
			if (!compact.isEmpty()) {
				head.add(i);
			}
		}
		return head;
	}

}
