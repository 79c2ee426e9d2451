package org.disclosure.e2e;

import java.nio.charset.StandardCharsets;

import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;

/**
 * Documents the fault tests push: distinct real disclosures, and a file built to hurt the
 * parser.
 */
final class HostileDocuments {

	private HostileDocuments() {
	}

	/**
	 * A real disclosure (lushi's budget) made distinct by a line naming {@code marker}: a
	 * new document id, the same parse.
	 */
	static byte[] disclosure(String marker) {
		FixtureDocument lushi = Fixtures.documents()
			.stream()
			.filter((fixture) -> fixture.fileName().equals("lushi-2024-budget.txt"))
			.findFirst()
			.orElseThrow();
		return (new String(lushi.bytes(), StandardCharsets.UTF_8) + "\n" + marker + "\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
