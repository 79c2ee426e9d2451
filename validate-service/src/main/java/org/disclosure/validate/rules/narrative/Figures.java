package org.disclosure.validate.rules.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.validate.rules.vocabulary.NarrativeSubjects;
import org.disclosure.validate.rules.vocabulary.Sections;
import org.disclosure.validate.rules.vocabulary.Sections.Topic;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * The figures the narrative states, grouped by statement, found by section topic, subject
 * and kind.
 */
public final class Figures {

	private final List<NarrativeFigure> all;

	private Figures(List<NarrativeFigure> all) {
		this.all = all;
	}

	public static Figures of(DocumentParsed document) {
		return new Figures((document.figures() != null) ? document.figures() : List.of());
	}

	public boolean isEmpty() {
		return this.all.isEmpty();
	}

	public List<NarrativeFigure> all() {
		return this.all;
	}

	/** The figures of sections about {@code topic}. */
	public List<NarrativeFigure> inTopic(Topic topic) {
		return this.all.stream().filter((f) -> topic(f) == topic).toList();
	}

	/** The figures matching {@code filter}. */
	public List<NarrativeFigure> where(Predicate<NarrativeFigure> filter) {
		return this.all.stream().filter(filter).toList();
	}

	/** The figures grouped by statement, in document order. */
	public Map<Integer, List<NarrativeFigure>> statements() {
		Map<Integer, List<NarrativeFigure>> statements = new LinkedHashMap<>();
		for (NarrativeFigure figure : this.all) {
			statements.computeIfAbsent(figure.statement(), (s) -> new ArrayList<>()).add(figure);
		}
		return statements;
	}

	/** The other figures of {@code figure}'s statement, itself included. */
	public List<NarrativeFigure> statementOf(NarrativeFigure figure) {
		return this.all.stream().filter((f) -> f.statement() == figure.statement()).toList();
	}

	/**
	 * The amount stated for {@code subject} next to {@code figure}: in its statement,
	 * else the nearest one before it.
	 */
	public Optional<NarrativeFigure> amountNear(NarrativeFigure figure, Term subject) {
		return near(figure, subject, FigureKind.AMOUNT);
	}

	/**
	 * The figure of one of {@code kinds} stated for {@code subject} next to
	 * {@code figure}: in its statement, else the nearest one before it.
	 */
	public Optional<NarrativeFigure> near(NarrativeFigure figure, Term subject, FigureKind... kinds) {
		Optional<NarrativeFigure> same = first(statementOf(figure), subject, kinds);
		if (same.isPresent()) {
			return same;
		}
		NarrativeFigure nearest = null;
		for (NarrativeFigure candidate : this.all) {
			if (candidate == figure) {
				break;
			}
			if (is(candidate, kinds) && NarrativeSubjects.is(subject, candidate.subject())) {
				nearest = candidate;
			}
		}
		return Optional.ofNullable(nearest);
	}

	/**
	 * The first figure of {@code figures} about {@code subject} of one of {@code kinds}.
	 */
	public static Optional<NarrativeFigure> first(List<NarrativeFigure> figures, Term subject, FigureKind... kinds) {
		return figures.stream().filter((f) -> is(f, kinds) && NarrativeSubjects.is(subject, f.subject())).findFirst();
	}

	/** True when {@code figure} is of one of {@code kinds}. */
	public static boolean is(NarrativeFigure figure, FigureKind... kinds) {
		for (FigureKind kind : kinds) {
			if (figure.kind() == kind) {
				return true;
			}
		}
		return false;
	}

	/** The topic of the section a figure stands in. */
	public static Topic topic(NarrativeFigure figure) {
		return Sections.topicOf(figure.section());
	}

	/**
	 * A money figure in 万元 (a figure printed in 元 moved four places, keeping its
	 * precision).
	 */
	public static BigDecimal tenThousand(NarrativeFigure figure) {
		return "元".equals(figure.unit()) ? figure.value().movePointLeft(4) : figure.value();
	}

	/** Where a figure is: its section and sentence. */
	public static String at(NarrativeFigure figure) {
		String section = (figure.section() != null) ? figure.section() + ": " : "";
		return "narrative " + section + "“" + ((figure.sentence() != null) ? figure.sentence() : figure.subject())
				+ "”";
	}

}
