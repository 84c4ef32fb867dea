package org.fangpin.graphql;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The person-name check the feature services call on every name a cadre types. */
class InputCheckTest {

	@Test
	void namesOfHanCharactersLettersAndTranscribedNamesAreTaken() {
		for (String name : List.of("赵测试", "欧阳娜娜", "买买提·吐尔逊", "阿卜杜热合曼·买买提明·艾则孜", "Anna Li", "李〇",
				"𠀾𠀿", "Zoë Müller")) {
			InputCheck check = new InputCheck();
			String taken = check.personName(name, 50, "head.name");
			assertThat(check.errors()).as(name).isEmpty();
			assertThat(taken).isEqualTo(name);
		}
	}

	@Test
	void namesAreTrimmedAndTheirMiddleDotsMadeOne() {
		InputCheck check = new InputCheck();
		assertThat(check.personName("  买买提・吐尔逊 ", 50, "name")).isEqualTo("买买提·吐尔逊");
		assertThat(check.personName("买买提•吐尔逊", 50, "name")).isEqualTo("买买提·吐尔逊");
		assertThat(check.errors()).isEmpty();
	}

	@Test
	void markupDigitsControlAndInvisibleCharactersAreRefused() {
		for (String name : List.of("<script>alert(1)</script>", "张三<b>", "张三1", "张\u0000三", "张\u200B三", "张\n三",
				"张  三", "·张三", "张三·", "张··三", "张三;", "Robert'); DROP TABLE member;--", "&lt;张三&gt;", "张\u202E三")) {
			InputCheck check = new InputCheck();
			assertThat(check.personName(name, 50, "head.name")).as(name).isNull();
			assertThat(check.errors()).as(name).singleElement().satisfies((error) -> {
				assertThat(error.field()).containsExactly("head", "name");
				assertThat(error.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
				assertThat(error.message()).startsWith("姓名只能包含汉字、字母");
			});
		}
	}

	@Test
	void blankAndOverlongNamesAreRefusedAsTexts() {
		InputCheck check = new InputCheck();
		assertThat(check.personName("   ", 50, "name")).isNull();
		assertThat(check.personName(null, 50, "name")).isNull();
		assertThat(check.personName("名".repeat(51), 50, "name")).isNull();
		assertThat(check.errors()).extracting(UserError::message)
			.containsExactly("姓名不能为空 (name is required)", "姓名不能为空 (name is required)",
					"姓名不能超过50个字 (name is longer than 50)");
	}

}
