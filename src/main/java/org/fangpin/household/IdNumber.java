package org.fangpin.household;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import org.fangpin.security.fields.FieldPolicy;

/**
 * 公民身份号码: an 18-character resident ID number (GB 11643): six digits of region, eight of birth date,
 * three of sequence (odd for men) and a check character. Birth date and gender are derived from it,
 * never typed in.
 */
public record IdNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	/**
	 * @throws IllegalArgumentException with a message a cadre can act on when the number is malformed, its
	 * check character is wrong or its birth date impossible
	 */
	public IdNumber {
		if (!wellFormed(value)) {
			throw new IllegalArgumentException("身份证号应为18位，前17位为数字，末位为数字或X (ID number must be 18 characters)");
		}
		if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
			throw new IllegalArgumentException("身份证号校验码不正确 (ID number check character is wrong)");
		}
		LocalDate birthDate = parseBirthDate(value);
		if (birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(LocalDate.now())) {
			throw new IllegalArgumentException("身份证号中的出生日期不可能 (impossible birth date in ID number)");
		}
	}

	/**
	 * An ID number as a person or a system typed it: surrounding blanks dropped, and a lowercase {@code x} read as
	 * the check character {@code X} it is (phone keyboards give the one, ID cards print the other).
	 *
	 * @throws IllegalArgumentException as the constructor
	 */
	public static IdNumber of(String typed) {
		return new IdNumber(typed.strip().toUpperCase(Locale.ROOT));
	}

	/** The GB 11643 check character of the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	public LocalDate birthDate() {
		return parseBirthDate(this.value);
	}

	public Gender gender() {
		return ((this.value.charAt(16) - '0') % 2 == 1) ? Gender.MALE : Gender.FEMALE;
	}

	public String masked() {
		return FieldPolicy.maskIdNumber(this.value);
	}

	@Override
	public String toString() {
		return masked();
	}

	/**
	 * Seventeen digits and a digit or X. A loop, not a regular expression: every ID number a page or a ledger
	 * shows is decrypted into one of these, and checked again.
	 */
	private static boolean wellFormed(String value) {
		if (value.length() != 18) {
			return false;
		}
		for (int i = 0; i < 17; i++) {
			if (!isDigit(value.charAt(i))) {
				return false;
			}
		}
		return isDigit(value.charAt(17)) || value.charAt(17) == 'X';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** The birth date of a well-formed number: uuuuMMdd at 6, read digit by digit (no formatter per number). */
	private static LocalDate parseBirthDate(String value) {
		try {
			return LocalDate.of(digits(value, 6, 10), digits(value, 10, 12), digits(value, 12, 14));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("身份证号中的出生日期不可能 (impossible birth date in ID number)");
		}
	}

	private static int digits(String value, int from, int to) {
		int number = 0;
		for (int i = from; i < to; i++) {
			number = number * 10 + (value.charAt(i) - '0');
		}
		return number;
	}

}
