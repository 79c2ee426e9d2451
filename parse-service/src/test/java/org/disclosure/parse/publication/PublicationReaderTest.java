package org.disclosure.parse.publication;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.Publication;
import org.disclosure.parse.figures.NarrativeReader;
import org.disclosure.parse.layout.Layout;
import org.disclosure.parse.layout.PlainTextLayout;
import org.disclosure.parse.sections.SectionOutline;
import org.disclosure.parse.tables.RecognizedTables;
import org.disclosure.parse.tables.TableRecognizer;
import org.disclosure.parse.tables.TableTitleScanner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The part of a disclosure a file is, on small texts: a narrative whose 目录 lists tables
 * it does not hold, a file of tables only, a whole document; the two parts of one
 * publication share the key department|year|kind.
 */
class PublicationReaderTest {

	private static final String NARRATIVE = """
			2019年中共江苏省委宣传部部门预算
			目录
			第一部分 部门概况
			一、部门主要职责
			第二部分 2019年部门预算情况说明
			一、收支预算总体情况
			2019年部门预算收入总计1,000.00万元，支出总计1,000.00万元，与上年相比增加100.00万元，增长11.11%。
			二、收入预算情况
			2019年一般公共预算拨款收入900.00万元，占90.00%；其他收入100.00万元，占10.00%。
			三、支出预算情况
			2019年基本支出800.00万元，占80.00%；项目支出200.00万元，占20.00%。
			第三部分 2019年部门预算表
			一、部门收支总表
			二、部门收入总表
			""";

	private static final String TABLES = """
			江苏省委宣传部2019年部门收支总表
			单位：万元
			收入\t\t支出\t
			项目\t预算数\t项目\t预算数
			一般公共预算拨款收入\t900.00\t一般公共服务支出\t1,000.00
			其他收入\t100.00\t\t
			本年收入合计\t1,000.00\t本年支出合计\t1,000.00
			收入总计\t1,000.00\t支出总计\t1,000.00
			江苏省委宣传部2019年部门收入总表
			单位：万元
			科目编码\t科目名称\t合计\t一般公共预算拨款收入\t其他收入
			合计\t\t1,000.00\t900.00\t100.00
			201\t一般公共服务支出\t1,000.00\t900.00\t100.00
			""";

	private final TableRecognizer recognizer = new TableRecognizer(new TableTitleScanner());

	private final PublicationReader reader = new PublicationReader();

	@Test
	void aNarrativeListingTablesItDoesNotHoldIsTheNarrativePart() {
		Publication publication = read(NARRATIVE, metadata("中共江苏省委宣传部", 2019));
		assertThat(publication.part()).isEqualTo(Publication.NARRATIVE);
		assertThat(publication.linkKey()).isEqualTo("江苏省委宣传部|2019|budget");
	}

	@Test
	void aFileOfTablesOnlyIsTheTablesPartWithTheSameKey() {
		Publication publication = read(TABLES, metadata("江苏省委宣传部", 2019));
		assertThat(publication.part()).isEqualTo(Publication.TABLES);
		assertThat(publication.linkKey()).isEqualTo("江苏省委宣传部|2019|budget");
	}

	@Test
	void aDocumentWithNarrativeAndTablesIsWhole() {
		Publication publication = read(NARRATIVE + TABLES, metadata("江苏省委宣传部", 2019));
		assertThat(publication).isEqualTo(new Publication(Publication.WHOLE, null));
	}

	@Test
	void aPartWhoseYearIsUnknownHasNoKey() {
		Publication publication = read(TABLES, metadata("江苏省委宣传部", null));
		assertThat(publication.part()).isEqualTo(Publication.TABLES);
		assertThat(publication.linkKey()).isNull();
	}

	@Test
	void aUnitsOwnLevelIsTheDepartmentsKey() {
		assertThat(PublicationReader.linkKey(metadata("江苏省委宣传部（本级）", 2019)))
			.isEqualTo(PublicationReader.linkKey(metadata("中共江苏省委宣传部", 2019)));
	}

	private Publication read(String text, DisclosureMetadata metadata) {
		Layout layout = PlainTextLayout.read(text);
		RecognizedTables tables = this.recognizer.recognize(layout);
		return this.reader.read(metadata, tables,
				new NarrativeReader().read(layout, tables.tables(), metadata.department()),
				SectionOutline.read(layout, tables.tables()));
	}

	private static DisclosureMetadata metadata(String department, Integer year) {
		return new DisclosureMetadata(null, department, null, null, year, DocKind.BUDGET, null, "万元", null);
	}

}
