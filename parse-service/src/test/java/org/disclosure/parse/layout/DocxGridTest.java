package org.disclosure.parse.layout;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Word table's cells spread over the grid columns they span, only where rows agree. */
class DocxGridTest {

	private final DocxGrid grid = new DocxGrid(List.of(List.of(List.of(2, 1, 2), List.of(0, 1, 1, 1, 1))));

	@Test
	void aCellSpanningColumnsIsFollowedByAnEmptyCellForEach() {
		assertThat(this.grid.spread(0, 0, List.of("科目", "合计", "其中"))).containsExactly("科目", "", "合计", "其中", "");
	}

	@Test
	void aRowLeavingOutColumnsBeforeItsFirstCellStartsWithEmptyCells() {
		assertThat(this.grid.spread(0, 1, List.of("a", "b", "c", "d"))).containsExactly("", "a", "b", "c", "d");
	}

	@Test
	void aRowOfAnotherNumberOfCellsOrAnotherTableIsLeftAsItIs() {
		assertThat(this.grid.spread(0, 0, List.of("科目", "合计"))).containsExactly("科目", "合计");
		assertThat(this.grid.spread(1, 0, List.of("a", "b", "c"))).containsExactly("a", "b", "c");
		assertThat(this.grid.spread(0, 2, List.of("a"))).containsExactly("a");
	}

	@Test
	void bytesThatAreNoWordDocumentHaveNoGrid() {
		assertThat(DocxGrid.read(new byte[] { 1, 2, 3 })).isEqualTo(DocxGrid.NONE);
	}

}
