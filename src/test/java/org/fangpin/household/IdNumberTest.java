package org.fangpin.household;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdNumberTest {

	/** The worked example of GB 11643-1999, appendix: 11010519491231002X. */
	private static final String STANDARD_EXAMPLE = "11010519491231002X";

	@Test
	void checkCharacterFollowsGb11643() {
		assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
	}

	@Test
	void birthDateAndGenderAreDerived() {
		IdNumber number = new IdNumber(STANDARD_EXAMPLE);
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(number.gender()).isEqualTo(Gender.FEMALE);
		String odd17 = "99990119800101001";
		assertThat(new IdNumber(odd17 + IdNumber.checkCharacter(odd17)).gender()).isEqualTo(Gender.MALE);
	}

	@Test
	void maskedShowsOnlyFirstAndLastCharacter() {
		assertThat(new IdNumber(STANDARD_EXAMPLE).masked()).isEqualTo("1****************X");
		assertThat(new IdNumber(STANDARD_EXAMPLE)).hasToString("1****************X");
	}

	@Test
	void aLowercaseCheckCharacterAndSurroundingBlanksAreReadAsTyped() {
		assertThat(IdNumber.of(" 11010519491231002x ")).isEqualTo(new IdNumber(STANDARD_EXAMPLE));
	}

	@Test
	void wrongCheckCharacterIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IdNumber("110105194912310021"))
			.withMessageContaining("校验码");
	}

	@Test
	void impossibleBirthDateIsRefused() {
		String february30 = "99990119900230001";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IdNumber(february30 + IdNumber.checkCharacter(february30)))
			.withMessageContaining("出生日期");
		String future = "99990121000101001";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IdNumber(future + IdNumber.checkCharacter(future)))
			.withMessageContaining("出生日期");
	}

	@Test
	void malformedNumbersAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IdNumber("11010519491231002"));
		assertThatIllegalArgumentException().isThrownBy(() -> new IdNumber("11010519491231002x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new IdNumber("1101051949123100 X"));
	}

}
