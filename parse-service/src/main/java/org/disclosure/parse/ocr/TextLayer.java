package org.disclosure.parse.ocr;

/**
 * Judges the text layer of one page: usable text, too little text to be the page (a scan,
 * perhaps with a page number typed on it), or characters that are not language (a font
 * without or with a wrong ToUnicode map gives private-use code points, control
 * characters, accented Latin letters or Chinese characters at random).
 */
enum TextLayer {

	/** Text to read. */
	USABLE,

	/** Fewer than {@link #SPARSE_CHARACTERS} characters. */
	SPARSE,

	/** Characters that are no language. */
	NOT_LANGUAGE;

	/** A page with fewer characters than this has too little text to be read from it. */
	static final int SPARSE_CHARACTERS = 20;

	/**
	 * Above this share of characters of no script a disclosure prints, a page is no
	 * language.
	 */
	private static final double FOREIGN = 0.3;

	/**
	 * Below this share of the most frequent Chinese characters, enough Chinese characters
	 * are random ones (a shifted or wrong map), not text.
	 */
	private static final double FREQUENT = 0.15;

	/** Chinese characters needed before their frequency is judged. */
	private static final int CHINESE_SAMPLE = 60;

	/**
	 * The most frequent characters of written Chinese (about half of any running text),
	 * and those of budget disclosures.
	 */
	private static final String COMMON = "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年"
			+ "过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日"
			+ "军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二"
			+ "等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口"
			+ "认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至"
			+ "队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万"
			+ "取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫"
			+ "令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官"
			+ "火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局预财拨款" + "项基本费决购障税险福利息债补助";

	/** Judges the characters of a page's text layer. */
	static TextLayer judge(String text) {
		int characters = 0;
		int foreign = 0;
		int chinese = 0;
		int common = 0;
		int asciiLetters = 0;
		for (int i = 0; i < text.length();) {
			int point = text.codePointAt(i);
			i += Character.charCount(point);
			if (Character.isWhitespace(point) || Character.isSpaceChar(point)) {
				continue;
			}
			characters++;
			if (Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN) {
				chinese++;
				if (COMMON.indexOf(point) >= 0) {
					common++;
				}
			}
			else if (point < 0x80) {
				if (Character.isLetter(point)) {
					asciiLetters++;
				}
				if (Character.isISOControl(point)) {
					foreign++;
				}
			}
			else if (!printedByDisclosures(point)) {
				foreign++;
			}
		}
		if (characters < SPARSE_CHARACTERS) {
			return SPARSE;
		}
		boolean randomChinese = chinese >= CHINESE_SAMPLE && common < chinese * FREQUENT;
		// A disclosure's page prints Chinese: one of letters alone is a font's own code.
		boolean lettersOnly = chinese == 0 && asciiLetters > characters / 2;
		return (foreign > characters * FOREIGN || randomChinese || lettersOnly) ? NOT_LANGUAGE : USABLE;
	}

	/**
	 * The characters beside Chinese and ASCII a disclosure prints: CJK and general
	 * punctuation, full-width forms, circled numbers, arrows, mathematical signs, boxes.
	 */
	private static boolean printedByDisclosures(int point) {
		Character.UnicodeBlock block = Character.UnicodeBlock.of(point);
		return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
				|| block == Character.UnicodeBlock.GENERAL_PUNCTUATION
				|| block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
				|| block == Character.UnicodeBlock.NUMBER_FORMS || block == Character.UnicodeBlock.ARROWS
				|| block == Character.UnicodeBlock.MATHEMATICAL_OPERATORS
				|| block == Character.UnicodeBlock.GEOMETRIC_SHAPES || block == Character.UnicodeBlock.BOX_DRAWING
				|| block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS
				|| block == Character.UnicodeBlock.LATIN_1_SUPPLEMENT
						&& (point == 0xb7 || point == 0xd7 || point == 0xf7 || point == 0xb0 || point == 0xb1);
	}

}
