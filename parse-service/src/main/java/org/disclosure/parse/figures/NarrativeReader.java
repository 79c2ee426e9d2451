package org.disclosure.parse.figures;

import java.util.ArrayList;
import java.util.List;

import org.disclosure.parse.layout.Layout;
import org.disclosure.parse.tables.Table;

/**
 * Reads the figures a disclosure's narrative states (情况说明): totals, shares, changes,
 * budgets, actuals, completion rates and counts, each tied to what it describes and to
 * the sentence and section it came from. Thread-safe.
 */
public class NarrativeReader {

	/**
	 * Reads the narrative figures of a document.
	 * @param layout the document's layout
	 * @param tables the tables read from it, whose lines are no narrative
	 * @param department the department's name, left out of subjects; null when unknown
	 * @return the figures in document order
	 */
	public List<NarrativeFigure> read(Layout layout, List<Table> tables, String department) {
		boolean[] inTable = Table.linesCovered(tables, layout.size());
		List<NarrativeFigure> figures = new ArrayList<>();
		for (Paragraph paragraph : NarrativeText.paragraphs(layout, inTable)) {
			figures.addAll(FigureParser.parse(paragraph, department));
		}
		return figures;
	}

}
