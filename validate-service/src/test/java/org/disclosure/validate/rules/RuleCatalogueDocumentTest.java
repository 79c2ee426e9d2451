package org.disclosure.validate.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules.md is what the code renders. Run with {@code -Drules.write=true} to write it
 * ({@link RuleCatalogueDocument#REGENERATE}).
 */
class RuleCatalogueDocumentTest {

	private static final Path FILE = Path.of("..", "docs", "rules.md");

	@Test
	void docsRulesMdIsCurrent() throws IOException {
		String rendered = RuleCatalogueDocument.render(RuleCatalogue.standard());
		if (Boolean.getBoolean("rules.write")) {
			Files.createDirectories(FILE.getParent());
			Files.writeString(FILE, rendered, StandardCharsets.UTF_8);
		}
		assertThat(Files.exists(FILE)).as("docs/rules.md exists; regenerate with: %s", RuleCatalogueDocument.REGENERATE)
			.isTrue();
		assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
			.as("docs/rules.md differs from what the code renders; regenerate with: %s",
					RuleCatalogueDocument.REGENERATE)
			.isEqualTo(rendered);
	}

	@Test
	void everyRuleIsListedWithItsSeverityAndTolerance() {
		String rendered = RuleCatalogueDocument.render(RuleCatalogue.standard());
		for (Rule rule : RuleCatalogue.standard().rules()) {
			assertThat(rendered).contains("| `" + rule.id() + "` | ")
				.contains(rule.severity().value())
				.contains("`" + rule.tolerance().name() + "`");
		}
		for (Tolerance.Kind kind : Tolerance.Kind.values()) {
			assertThat(rendered).contains(kind.description());
		}
	}

}
