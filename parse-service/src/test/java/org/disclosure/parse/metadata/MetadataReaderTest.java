package org.disclosure.parse.metadata;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.Region;
import org.disclosure.parse.region.DivisionCatalogue;
import org.disclosure.parse.region.RegionResolver;
import org.disclosure.parse.tables.TableTitleScanner;
import org.disclosure.parse.text.DocumentText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Metadata read from small texts in the layouts the fixtures show; what a text does not
 * print stays null.
 */
class MetadataReaderTest {

	private static final MetadataReader READER = new MetadataReader(new RegionResolver(DivisionCatalogue.load()));

	@Test
	void aCoverGivesTitleYearKindDepartmentAndPublicationMonth() {
		DisclosureMetadata metadata = read("""

				2024 年度
				洛阳市洛龙区医疗保障局部门决算公开

				二〇二五年八月

				目 录
				""");
		assertThat(metadata.title()).isEqualTo("2024年度洛阳市洛龙区医疗保障局部门决算公开");
		assertThat(metadata.fiscalYear()).isEqualTo(2024);
		assertThat(metadata.docKind()).isEqualTo(DocKind.FINAL_ACCOUNT);
		assertThat(metadata.department()).isEqualTo("洛阳市洛龙区医疗保障局");
		assertThat(metadata.region()).isEqualTo(new Region("河南省", "洛阳市", "洛龙区", "410311"));
		assertThat(metadata.adminLevel()).isEqualTo("district");
		assertThat(metadata.published()).isEqualTo("2025-08");
	}

	@Test
	void publicationMonthsInChineseNumeralsAndDigits() {
		assertThat(read("某某县财政局2023年度部门决算公开\n二〇二四年十二月\n目录\n").published()).isEqualTo("2024-12");
		assertThat(read("某某县财政局2023年度部门决算公开\n2024年9月20日\n目录\n").published()).isEqualTo("2024-09");
		assertThat(read("某某县财政局2023年度部门决算公开\n二〇二四年十月\n").published()).isEqualTo("2024-10");
	}

	@Test
	void aDateOutsideTheCoverIsNoPublicationDate() {
		DisclosureMetadata metadata = read("""
				2024年卢氏县医疗保障局部门预算公开
				目录
				第一部分 卢氏县医疗保障局部门概况
				项目支出绩效自评情况表
				2025年05月
				""");
		assertThat(metadata.published()).isNull();
		assertThat(metadata.title()).isEqualTo("2024年卢氏县医疗保障局部门预算公开");
		assertThat(metadata.docKind()).isEqualTo(DocKind.BUDGET);
	}

	@Test
	void withoutTitleTheTableHeadersGiveDepartmentAndYear() {
		DisclosureMetadata metadata = read("""
				 第四部分  名词解释

				第一部分  许昌市医疗保障局概况
				收入支出决算总表
				\t公开01表
				\t单位（部门）:许昌市医疗保障局
				\t2024年度
				\t单位:万元
				支出决算表
				公开03表
				单位（部门）：许昌市医疗保障局 2024年
				度 单位:万元
				""");
		assertThat(metadata.title()).isNull();
		assertThat(metadata.department()).isEqualTo("许昌市医疗保障局");
		assertThat(metadata.fiscalYear()).isEqualTo(2024);
		assertThat(metadata.docKind()).isEqualTo(DocKind.FINAL_ACCOUNT);
		assertThat(metadata.unit()).isEqualTo("万元");
		assertThat(metadata.region()).isEqualTo(new Region("河南省", "许昌市", null, "411000"));
		assertThat(metadata.adminLevel()).isEqualTo("city");
	}

	@Test
	void headersOutvoteANameMentionedOnce() {
		DisclosureMetadata metadata = read("""
				部门整体支出绩效自评表
				部门（单位）名称\t\t洛阳市洛龙区医疗保障局
				项目支出绩效自评情况表
				主管部门\t\t洛阳市洛龙区医疗保障局
				实施单位\t\t洛阳市洛龙区医疗保障服务中心
				收入决算表
				部门：洛阳市洛龙区医疗保障局（本级）
				""");
		assertThat(metadata.department()).isEqualTo("洛阳市洛龙区医疗保障局");
	}

	@Test
	void coveredUnitsListedOnePerLine() {
		DisclosureMetadata metadata = read("""
				纳入本单位（部门）2024年度部门决算编制范围的单位共2个，具体是：

				1.许昌市医疗保障局（本级）

				2.许昌市医疗生育保险中心

				第二部分  许昌市医疗保障局2024年度部门决算表
				""");
		assertThat(metadata.coveredUnits()).containsExactly("许昌市医疗保障局（本级）", "许昌市医疗生育保险中心");
	}

	@Test
	void coveredUnitsListedInlineAndWrapped() {
		DisclosureMetadata metadata = read("""
				三、卢氏县医疗保障局预算单位构成情况
				根据部门预算管理有关规定，本预算为汇总预算，包括本级预算和所属单位预算，具体是：1. 卢氏县医疗保障局；2.
				卢氏县社会医疗保险中心。
				第二部分
				""");
		assertThat(metadata.coveredUnits()).containsExactly("卢氏县医疗保障局", "卢氏县社会医疗保险中心");
	}

	@Test
	void coveredUnitsStopAtTheCountGiven() {
		DisclosureMetadata metadata = read("""
				本决算为汇总决算，纳入本部门 2024 年度部门决算编制范围的单位共 1 个，具体包含：

				洛阳市洛龙区医疗保障局

				洛阳市洛龙区医疗保障服务中心
				""");
		assertThat(metadata.coveredUnits()).containsExactly("洛阳市洛龙区医疗保障局");
	}

	@Test
	void theKindComesFromTheNarrativeWhenThereIsNoTitleOrTable() {
		DisclosureMetadata metadata = read("""
				一、收入支出决算总体情况说明
				2024年度某某县财政局部门决算收、支总计均为100.00万元。
				二、收入决算情况说明
				三、支出决算情况说明
				""");
		assertThat(metadata.docKind()).isEqualTo(DocKind.FINAL_ACCOUNT);
		assertThat(metadata.fiscalYear()).isEqualTo(2024);
	}

	@Test
	void nothingPrintedNothingRead() {
		DisclosureMetadata metadata = read("会议强调，要加强基金监管。\n全年预算执行情况良好。\n");
		assertThat(metadata).isEqualTo(new DisclosureMetadata(null, null, null, null, null, null, null, null, null));
	}

	private static DisclosureMetadata read(String text) {
		DocumentText document = DocumentText.of(text);
		return READER.read(document, new TableTitleScanner().scan(document));
	}

}
