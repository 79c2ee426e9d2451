package org.disclosure.validate.rules;

import java.util.Set;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.Severity;

/**
 * The common part of the catalogue's rules: what they are, for users and docs/rules.md.
 */
public abstract class CatalogueRule implements Rule {

	private final String id;

	private final String title;

	private final Severity severity;

	private final Tolerance.Kind tolerance;

	private final String needs;

	private final Scope scope;

	private final Set<DocKind> kinds;

	protected CatalogueRule(String id, String title, Severity severity, Tolerance.Kind tolerance, String needs,
			Scope scope) {
		this(id, title, severity, tolerance, needs, scope, null);
	}

	/**
	 * A rule of one kind of disclosure in a part of the catalogue that serves both (a
	 * narrative rule of the final account).
	 */
	protected CatalogueRule(String id, String title, Severity severity, Tolerance.Kind tolerance, String needs,
			Scope scope, DocKind kind) {
		this.id = id;
		this.title = title;
		this.severity = severity;
		this.tolerance = tolerance;
		this.needs = needs;
		this.scope = scope;
		this.kinds = (kind != null) ? Set.of(kind) : Rule.super.kinds();
	}

	@Override
	public Set<DocKind> kinds() {
		return this.kinds;
	}

	@Override
	public final String id() {
		return this.id;
	}

	@Override
	public final String title() {
		return this.title;
	}

	@Override
	public final Severity severity() {
		return this.severity;
	}

	@Override
	public final Tolerance.Kind tolerance() {
		return this.tolerance;
	}

	@Override
	public final String needs() {
		return this.needs;
	}

	@Override
	public final Scope scope() {
		return this.scope;
	}

	/** An empty collector of this rule's findings. */
	protected final Findings findings() {
		return new Findings(this);
	}

}
