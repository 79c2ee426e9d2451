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
 * Metadata of disclosures beyond the fixtures' county bureaus, one trait each: full
 * department names, 部门 or 单位 scope, every administrative level from a ministry-run
 * university to a sub-district office, a municipality without a city level, a cover whose
 * title is an image.
 */
class MetadataAcrossLevelsTest {

	private static final MetadataReader READER = new MetadataReader(new RegionResolver(DivisionCatalogue.load()));

	@Test
	void aProvincialCourtKeepsItsFullName() {
		DisclosureMetadata metadata = read("""
				2018年江苏省高级人民法院部门预算
				目录
				一、部门基本情况
				江苏省高级人民法院是全省审判机关，人民法院依法独立行使审判权。
				""");
		assertThat(metadata.department()).isEqualTo("江苏省高级人民法院");
		assertThat(metadata.region()).isEqualTo(new Region("江苏省", null, null, "320000"));
		assertThat(metadata.adminLevel()).isEqualTo("province");
		assertThat(metadata.fiscalYear()).isEqualTo(2018);
		assertThat(metadata.docKind()).isEqualTo(DocKind.BUDGET);
	}

	@Test
	void aDepartmentsBudgetIsOfDepartmentScope() {
		DisclosureMetadata metadata = read("""
				2025年上海市普陀区教育局部门预算
				目录
				""");
		assertThat(metadata.scope()).isEqualTo("department");
	}

	@Test
	void aUnitsBudgetIsOfUnitScope() {
		DisclosureMetadata metadata = read("""
				2025年上海市普陀区图书馆单位预算
				预算单位：上海市普陀区图书馆
				目录
				""");
		assertThat(metadata.scope()).isEqualTo("unit");
		assertThat(metadata.department()).isEqualTo("上海市普陀区图书馆");
	}

	@Test
	void aMunicipalitysDistrictHasNoCity() {
		DisclosureMetadata metadata = read("""
				上海市普陀区财政局2025年部门预算
				目录
				""");
		assertThat(metadata.department()).isEqualTo("上海市普陀区财政局");
		assertThat(metadata.region()).isEqualTo(new Region("上海市", null, "普陀区", "310107"));
		assertThat(metadata.adminLevel()).isEqualTo("district");
	}

	@Test
	void aCityDepartmentIsAtCityLevel() {
		DisclosureMetadata metadata = read("""
				南京市财政局2024年度部门决算
				目录
				""");
		assertThat(metadata.region()).isEqualTo(new Region("江苏省", "南京市", null, "320100"));
		assertThat(metadata.adminLevel()).isEqualTo("city");
		assertThat(metadata.docKind()).isEqualTo(DocKind.FINAL_ACCOUNT);
	}

	@Test
	void aCountyDepartmentIsAtCountyLevel() {
		DisclosureMetadata metadata = read("""
				2024年沛县财政局部门预算
				目录
				""");
		assertThat(metadata.region()).isEqualTo(new Region("江苏省", "徐州市", "沛县", "320322"));
		assertThat(metadata.adminLevel()).isEqualTo("county");
	}

	@Test
	void aSubDistrictOfficeIsATownship() {
		DisclosureMetadata metadata = read("""
				2025年上海市普陀区长风新村街道办事处部门预算
				目录
				""");
		assertThat(metadata.department()).isEqualTo("上海市普陀区长风新村街道办事处");
		assertThat(metadata.region()).isEqualTo(new Region("上海市", null, "普陀区", "310107"));
		assertThat(metadata.adminLevel()).isEqualTo("township");
	}

	@Test
	void aUniversityRunByAMinistryIsCentral() {
		DisclosureMetadata metadata = read("""
				南京大学2024年部门预算
				目录
				一、部门主要职责
				南京大学是教育部直属的全国重点大学。
				""");
		assertThat(metadata.department()).isEqualTo("南京大学");
		assertThat(metadata.region()).isNull();
		assertThat(metadata.adminLevel()).isEqualTo("central");
	}

	@Test
	void withTheCoverTitleAnImageYearAndKindComeFromTheBody() {
		DisclosureMetadata metadata = read("""
				目录
				第一部分 部门概况
				一、部门主要职责
				第二部分 2025年部门预算情况说明
				一、收支预算总体情况
				2025年上海市普陀区教育局收入预算总计1,000.00万元，支出预算总计1,000.00万元。
				二、收入预算情况
				三、支出预算情况
				""");
		assertThat(metadata.title()).isNull();
		assertThat(metadata.fiscalYear()).isEqualTo(2025);
		assertThat(metadata.docKind()).isEqualTo(DocKind.BUDGET);
	}

	private static DisclosureMetadata read(String text) {
		DocumentText document = DocumentText.of(text);
		return READER.read(document, new TableTitleScanner().scan(document));
	}

}
