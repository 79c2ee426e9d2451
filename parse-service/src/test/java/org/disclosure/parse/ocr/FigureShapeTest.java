package org.disclosure.parse.ocr;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape a cell's figure must have: a number, its ink's width, its column's decimals.
 */
class FigureShapeTest {

	/** Digits 20 pixels wide, a separator 14, as a page at 300 dpi prints them. */
	private static final int DIGIT = 20;

	@Test
	void aNumberAsDisclosuresPrintItIsWellFormed() {
		assertThat(List.of("1,055.79", "100.00", "12", "-3.5", "98.7%", "(4.00)")).allMatch(FigureShape::wellFormed);
		assertThat(List.of("1.055.79", "10..00", "1,05.79", "12-", "%", "")).noneMatch(FigureShape::wellFormed);
	}

	@Test
	void aReadingWithADigitMoreOrLessThanItsInkHoldsDoesNotFitIt() {
		FigureShape shape = FigureShape.measured(List.of(measure("123.45"), measure("1,234.56"), measure("88.00"),
				measure("100.00"), measure("7.08"), measure("24,458.43")), 3);

		assertThat(shape.fitsWidth("100.00", width("100.00"))).isTrue();
		assertThat(shape.fitsWidth("10.00", width("100.00"))).as("a dropped zero").isFalse();
		assertThat(shape.fitsWidth("1000.00", width("100.00"))).as("a doubled zero").isFalse();
		assertThat(shape.fitsWidth("7.08", width("184.00"))).as("another cell's figure").isFalse();
	}

	@Test
	void beforeAPageIsMeasuredEveryWidthFits() {
		FigureShape shape = FigureShape.measured(List.of(measure("123.45")), 3);

		assertThat(shape.fitsWidth("10.00", width("100.00"))).isTrue();
	}

	@Test
	void decimalsAreCountedAfterTheLastPoint() {
		assertThat(FigureShape.decimals("1,055.79")).isEqualTo(2);
		assertThat(FigureShape.decimals("98.7%")).isEqualTo(1);
		assertThat(FigureShape.decimals("12")).isZero();
	}

	private static FigureShape.Measure measure(String text) {
		return new FigureShape.Measure(text, 0.95, width(text));
	}

	/** The ink box of a figure printed in a 宋体 whose separators are as wide as digits. */
	private static int width(String text) {
		return text.length() * DIGIT + 6;
	}

}
