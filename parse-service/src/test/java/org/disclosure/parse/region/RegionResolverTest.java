package org.disclosure.parse.region;

import org.disclosure.contracts.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Departments placed through GB/T 2260, including names that repeat across provinces.
 */
class RegionResolverTest {

	private static final DivisionCatalogue CATALOGUE = DivisionCatalogue.load();

	private final RegionResolver resolver = new RegionResolver(CATALOGUE);

	@Test
	void catalogueHoldsEveryProvinceCityAndCounty() {
		assertThat(CATALOGUE.named("河南省")).singleElement().extracting(Division::code).isEqualTo("410000");
		assertThat(CATALOGUE.named("洛阳市")).singleElement().extracting(Division::code).isEqualTo("410300");
		assertThat(CATALOGUE.named("市中区")).hasSize(4);
		assertThat(CATALOGUE.named("市辖区")).as("placeholders are no places").isEmpty();
		assertThat(CATALOGUE.size()).isGreaterThan(3300);
	}

	@Test
	void placesADistrictFromItsCityAndName() {
		assertThat(resolve("洛阳市洛龙区医疗保障局", ""))
			.isEqualTo(new ResolvedRegion(new Region("河南省", "洛阳市", "洛龙区", "410311"), AdminLevel.DISTRICT));
	}

	@Test
	void placesACountyWhoseNameIsUnique() {
		assertThat(resolve("卢氏县医疗保障局", ""))
			.isEqualTo(new ResolvedRegion(new Region("河南省", "三门峡市", "卢氏县", "411224"), AdminLevel.COUNTY));
	}

	@Test
	void placesACityDepartment() {
		assertThat(resolve("许昌市医疗保障局", ""))
			.isEqualTo(new ResolvedRegion(new Region("河南省", "许昌市", null, "411000"), AdminLevel.CITY));
	}

	@Test
	void placesAProvinceDepartment() {
		assertThat(resolve("河南省医疗保障局", ""))
			.isEqualTo(new ResolvedRegion(new Region("河南省", null, null, "410000"), AdminLevel.PROVINCE));
	}

	@Test
	void aCountyLevelCityIsACounty() {
		assertThat(resolve("巩义市财政局", ""))
			.isEqualTo(new ResolvedRegion(new Region("河南省", "郑州市", "巩义市", "410181"), AdminLevel.COUNTY));
	}

	@Test
	void aMunicipalityHasNoCityLevel() {
		assertThat(resolve("北京市朝阳区医疗保障局", ""))
			.isEqualTo(new ResolvedRegion(new Region("北京市", null, "朝阳区", "110105"), AdminLevel.DISTRICT));
		assertThat(resolve("重庆市城口县财政局", ""))
			.isEqualTo(new ResolvedRegion(new Region("重庆市", null, "城口县", "500229"), AdminLevel.COUNTY));
	}

	@Test
	void aMunicipalDepartmentIsProvincial() {
		assertThat(resolve("北京市医疗保障局", ""))
			.isEqualTo(new ResolvedRegion(new Region("北京市", null, null, "110000"), AdminLevel.PROVINCE));
	}

	@Test
	void theCityInTheNameChoosesBetweenDistrictsOfTheSameName() {
		assertThat(resolve("开封市鼓楼区医疗保障局", "").region()).isEqualTo(new Region("河南省", "开封市", "鼓楼区", "410204"));
		assertThat(resolve("南京市鼓楼区医疗保障局", "").region()).isEqualTo(new Region("江苏省", "南京市", "鼓楼区", "320106"));
		assertThat(resolve("山东省枣庄市市中区财政局", "").region()).isEqualTo(new Region("山东省", "枣庄市", "市中区", "370402"));
	}

	@Test
	void theTextChoosesWhenTheNameAloneDoesNot() {
		String lanzhou = "根据兰州市财政局要求，现将城关区医疗保障局2024年度部门决算公开如下。甘肃省兰州市城关区。";
		assertThat(resolve("城关区医疗保障局", lanzhou).region()).isEqualTo(new Region("甘肃省", "兰州市", "城关区", "620102"));
		String lhasa = "拉萨市城关区医疗保障局，西藏自治区拉萨市。";
		assertThat(resolve("城关区医疗保障局", lhasa).region()).isEqualTo(new Region("西藏自治区", "拉萨市", "城关区", "540102"));
		String leshan = "乐山市市中区财政局，四川省乐山市。";
		assertThat(resolve("市中区财政局", leshan).region()).isEqualTo(new Region("四川省", "乐山市", "市中区", "511102"));
	}

	@Test
	void anUndecidedNameKeepsOnlyWhatAllCandidatesShare() {
		assertThat(resolve("城关区医疗保障局", "本部门2024年度决算。"))
			.isEqualTo(new ResolvedRegion(new Region(null, null, "城关区", null), AdminLevel.DISTRICT));
		assertThat(resolve("市中区财政局", "济南市 枣庄市 山东省").region()).as("both candidates in Shandong")
			.isEqualTo(new Region("山东省", null, "市中区", null));
	}

	@Test
	void aCityWithoutCountiesIsACity() {
		assertThat(resolve("东莞市医疗保障局", ""))
			.isEqualTo(new ResolvedRegion(new Region("广东省", "东莞市", null, "441900"), AdminLevel.CITY));
		assertThat(resolve("嘉峪关市财政局", ""))
			.isEqualTo(new ResolvedRegion(new Region("甘肃省", "嘉峪关市", null, "620200"), AdminLevel.CITY));
	}

	@Test
	void aCountyTheProvinceAdministersHasNoCity() {
		assertThat(resolve("济源市医疗保障局", ""))
			.isEqualTo(new ResolvedRegion(new Region("河南省", null, "济源市", "419001"), AdminLevel.COUNTY));
	}

	@Test
	void partyPrefixesAndPlacesInsideTheNameAreRead() {
		assertThat(resolve("中共洛阳市委宣传部", "").region()).isEqualTo(new Region("河南省", "洛阳市", null, "410300"));
		assertThat(resolve("国家税务总局洛阳市洛龙区税务局", "").region()).isEqualTo(new Region("河南省", "洛阳市", "洛龙区", "410311"));
	}

	@Test
	void aNameWithoutAPlaceHasNoRegion() {
		assertThat(this.resolver.resolve("医疗保障局", "")).isEmpty();
		assertThat(this.resolver.resolve(null, "洛阳市")).isEmpty();
	}

	private ResolvedRegion resolve(String department, String text) {
		return this.resolver.resolve(department, text).orElseThrow();
	}

}
