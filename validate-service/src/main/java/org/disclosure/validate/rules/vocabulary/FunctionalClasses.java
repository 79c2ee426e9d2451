package org.disclosure.validate.rules.vocabulary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 类 of the functional classification (政府收支分类科目), so that a row printed by name only
 * (FA01 九、卫生健康支出; BU01 十、卫生健康) is tied to its code (210), with the older and shortened
 * names documents print.
 */
public final class FunctionalClasses {

	private static final Map<String, List<String>> CLASSES = new LinkedHashMap<>();

	static {
		CLASSES.put("201", List.of("一般公共服务支出"));
		CLASSES.put("202", List.of("外交支出"));
		CLASSES.put("203", List.of("国防支出"));
		CLASSES.put("204", List.of("公共安全支出"));
		CLASSES.put("205", List.of("教育支出"));
		CLASSES.put("206", List.of("科学技术支出"));
		CLASSES.put("207", List.of("文化旅游体育与传媒支出", "文化体育旅游与传媒支出", "文化体育与传媒支出"));
		CLASSES.put("208", List.of("社会保障和就业支出"));
		CLASSES.put("209", List.of("社会保险基金支出"));
		CLASSES.put("210", List.of("卫生健康支出", "医疗卫生与计划生育支出", "医疗卫生支出"));
		CLASSES.put("211", List.of("节能环保支出"));
		CLASSES.put("212", List.of("城乡社区支出", "城乡社区事务支出", "城乡社区事务"));
		CLASSES.put("213", List.of("农林水支出", "农林水事务支出", "农林水事务"));
		CLASSES.put("214", List.of("交通运输支出"));
		CLASSES.put("215", List.of("资源勘探工业信息等支出", "资源勘探信息等支出", "资源勘探电力信息等支出"));
		CLASSES.put("216", List.of("商业服务业等支出"));
		CLASSES.put("217", List.of("金融支出"));
		CLASSES.put("219", List.of("援助其他地区支出"));
		CLASSES.put("220", List.of("自然资源海洋气象等支出", "国土海洋气象等支出"));
		CLASSES.put("221", List.of("住房保障支出"));
		CLASSES.put("222", List.of("粮油物资储备支出"));
		CLASSES.put("223", List.of("国有资本经营预算支出"));
		CLASSES.put("224", List.of("灾害防治及应急管理支出"));
		CLASSES.put("227", List.of("预备费"));
		CLASSES.put("229", List.of("其他支出"));
		CLASSES.put("230", List.of("转移性支出"));
		CLASSES.put("231", List.of("债务还本支出"));
		CLASSES.put("232", List.of("债务付息支出"));
		CLASSES.put("233", List.of("债务发行费用支出"));
		CLASSES.put("234", List.of("抗疫特别国债安排的支出"));
	}

	private FunctionalClasses() {
	}

	/**
	 * The 类 code a name denotes: the full name, or the name without 支出/事务 (BU01 prints
	 * {@code 卫生健康}, xuchang's narrative {@code 一般公共服务（类）支出}).
	 */
	public static Optional<String> codeOf(String name) {
		String core = core(name);
		if (core.isEmpty()) {
			return Optional.empty();
		}
		for (Map.Entry<String, List<String>> entry : CLASSES.entrySet()) {
			for (String candidate : entry.getValue()) {
				if (core(candidate).equals(core)) {
					return Optional.of(entry.getKey());
				}
			}
		}
		return Optional.empty();
	}

	/** The current name of a 类 code; the code itself when unknown. */
	public static String nameOf(String code) {
		List<String> names = CLASSES.get(code);
		return (names != null) ? names.get(0) : code;
	}

	private static String core(String name) {
		String core = Names.normalize(name);
		for (String suffix : List.of("安排的支出", "支出", "事务")) {
			if (core.endsWith(suffix) && core.length() > suffix.length()) {
				core = core.substring(0, core.length() - suffix.length());
			}
		}
		return core;
	}

}
