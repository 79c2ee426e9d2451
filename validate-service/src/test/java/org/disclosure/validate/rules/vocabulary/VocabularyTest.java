package org.disclosure.validate.rules.vocabulary;

import org.disclosure.validate.rules.vocabulary.Sections.Topic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {

	@Test
	void namesAreComparedWithoutNumberingSpacesOrFullWidthForms() {
		assertThat(Names.normalize("一、一般公共预算财政拨款收入")).isEqualTo("一般公共预算财政拨款收入");
		assertThat(Names.normalize("（一）一般公共预算拨款")).isEqualTo("一般公共预算拨款");
		assertThat(Names.normalize("其中：财政拨款")).isEqualTo("财政拨款");
		assertThat(Names.normalize("本年收入合 计")).isEqualTo("本年收入合计");
		assertThat(Names.normalize("使用非财政拨款结余（含专用结余）")).isEqualTo("使用非财政拨款结余(含专用结余)");
		assertThat(Names.normalize("（3）单位资金")).isEqualTo("单位资金");
		assertThat(Names.normalize("一般公共服务（类）支出")).isEqualTo("一般公共服务支出");
		assertThat(Names.normalize("年度资金总额：")).isEqualTo("年度资金总额");
		assertThat(Names.same("“三公”经费", "三公经费")).isTrue();
	}

	@Test
	void termsMatchTheirAliases() {
		assertThat(Rows.CARRYOVER_BEGIN.matches("年初财政拨款结转和结余")).isTrue();
		assertThat(Rows.CARRYOVER_BEGIN.matches("上年结转结余")).isTrue();
		assertThat(Columns.SUBTOTAL.matches("小计")).isTrue();
		assertThat(Columns.BASIC.matches("项目支出")).isFalse();
		assertThat(NarrativeSubjects.is(NarrativeSubjects.TOTAL, "收、支总计")).isTrue();
		assertThat(NarrativeSubjects.is(NarrativeSubjects.THREE_PUBLIC, "“三公”经费")).isTrue();
	}

	@Test
	void functionalClassesByNameOldAndShort() {
		assertThat(FunctionalClasses.codeOf("九、卫生健康支出")).contains("210");
		assertThat(FunctionalClasses.codeOf("卫生健康")).contains("210");
		assertThat(FunctionalClasses.codeOf("医疗卫生与计划生育支出")).contains("210");
		assertThat(FunctionalClasses.codeOf("社会保障和就业（类）支出")).contains("208");
		assertThat(FunctionalClasses.codeOf("城乡社区事务")).contains("212");
		assertThat(FunctionalClasses.codeOf("行政运行")).isEmpty();
		assertThat(FunctionalClasses.nameOf("221")).isEqualTo("住房保障支出");
	}

	@Test
	void sectionsByWhatTheirHeadingsSay() {
		assertThat(Sections.topicOf("一、收入支出决算总体情况说明")).isEqualTo(Topic.OVERVIEW);
		assertThat(Sections.topicOf("二、收入预算总体情况说明")).isEqualTo(Topic.INCOME);
		assertThat(Sections.topicOf("三、支出决算情况说明")).isEqualTo(Topic.EXPENDITURE);
		assertThat(Sections.topicOf("四、财政拨款收入支出预算总体情况说明")).isEqualTo(Topic.FISCAL_OVERVIEW);
		assertThat(Sections.topicOf("五、一般公共预算财政拨款支出决算情况说明")).isEqualTo(Topic.GENERAL_BUDGET);
		assertThat(Sections.topicOf("六、一般公共预算基本支出预算情况说明")).isEqualTo(Topic.BASIC);
		assertThat(Sections.topicOf("九、财政拨款“三公”经费支出决算情况说明")).isEqualTo(Topic.THREE_PUBLIC);
		assertThat(Sections.topicOf("十、机关运行经费支出情况说明")).isEqualTo(Topic.OPERATION_FUNDS);
		assertThat(Sections.topicOf("七、支出预算经济分类情况说明")).isEqualTo(Topic.OTHER);
		assertThat(Sections.topicOf("十三、预算绩效情况说明")).isEqualTo(Topic.PERFORMANCE);
	}

}
