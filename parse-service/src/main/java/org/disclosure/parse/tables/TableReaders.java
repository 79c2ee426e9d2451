package org.disclosure.parse.tables;

/**
 * Reads a table region with the reader its template's shape calls for, without a column
 * of row numbers ({@link SequenceColumn}).
 */
final class TableReaders {

	private TableReaders() {
	}

	static TableReading read(TableRegion printed) {
		TableRegion region = printed.withRows(SequenceColumn.without(printed.rows()));
		TableTemplate template = TableTemplate.of(region.code());
		return switch (template.shape()) {
			case SUBJECT -> SubjectTableReader.read(region, template);
			case TWO_SIDED -> TwoSidedTableReader.read(region, template);
			case TRIPLETS -> TripletTableReader.read(region);
			case THREE_PUBLIC -> ThreePublicTableReader.read(region, template);
			case GENERIC -> GenericTableReader.read(region);
		};
	}

}
