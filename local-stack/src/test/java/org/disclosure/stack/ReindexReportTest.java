package org.disclosure.stack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReindexReportTest {

	@Test
	void aFailedRewindSaysWhy() {
		assertThat(ReindexReport.outcome(Json.parseObject("""
				{"state": "failed", "error": "Consumer group index-service still has members"}
				"""))).isEqualTo("Failed: Consumer group index-service still has members");
	}

	@Test
	void aRebuildWithoutAliasesToMoveRewritesInPlace() {
		assertThat(ReindexReport.outcome(Json.parseObject("""
				{"state": "done", "records": {"replayed": 5, "total": 5}, "aliases": []}
				"""))).isEqualTo(
				"Done: 5 records replayed; every alias already read the current index versions, rewritten in place.");
	}

	@Test
	void anEmptyLogIsComplete() {
		assertThat(ReindexReport.progress(Json.parseObject("""
				{"state": "done", "records": {"replayed": 0, "total": 0}}
				"""))).isEqualTo("done 0 of 0 records (100 %)");
	}

	@Test
	void aliasesListEveryIndexTheyLeave() {
		assertThat(ReindexReport.aliases(Json.parseObject(
				"""
						{"aliases": [{"alias": "disclosure-facts", "from": ["disclosure-facts-v1"], "to": "disclosure-facts-v2"},
						             {"alias": "x", "from": [], "to": "x-v1"}]}
						""")))
			.containsExactly("disclosure-facts     disclosure-facts-v1 → disclosure-facts-v2",
					"x                    (none) → x-v1");
	}

}
