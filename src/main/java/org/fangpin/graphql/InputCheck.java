package org.fangpin.graphql;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks a mutation's input at the edge and collects every problem, so that the cadre sees them all at
 * once and nothing is written while any remains.
 */
public final class InputCheck {

	/** Dates that cadres type (a notice's end, a signature) are dates in China. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	/** Parts of letters (〇 is written in some Han names), joined by one middle dot or one space. */
	private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}\\p{M}\\u3007]+(?:[ \\u00B7][\\p{L}\\p{M}\\u3007]+)*");

	private static final Pattern OTHER_MIDDLE_DOTS = Pattern.compile("[\\u30FB\\u2022\\u2027\\uFF65]");

	private final List<UserError> errors = new ArrayList<>();

	/** @param field the input field, dotted for nested inputs ({@code head.idNumber}) */
	public void fail(String message, String field) {
		this.errors.add(new UserError(path(field), ErrorCode.BAD_USER_INPUT, message));
	}

	public void require(boolean condition, String message, String field) {
		if (!condition) {
			fail(message, field);
		}
	}

	/** A required text: trimmed, not blank, at most {@code maxLength} characters. */
	public @Nullable String text(@Nullable String value, int maxLength, String label, String field) {
		String trimmed = (value != null) ? value.strip() : "";
		if (trimmed.isEmpty()) {
			fail(label + "不能为空 (" + field + " is required)", field);
			return null;
		}
		if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
			fail(label + "不能超过" + maxLength + "个字 (" + field + " is longer than " + maxLength + ")", field);
			return null;
		}
		return trimmed;
	}

	/**
	 * A person's name as the household register writes it: Han characters or letters of any script (with
	 * their combining marks), parts joined by the middle dot of transcribed names ({@code 买买提·吐尔逊}) or by
	 * a single space ({@code Anna Li}); no digits, markup, control or invisible characters. The dots that
	 * input methods also produce ({@code ・ •}) become {@code ·}. Trimmed, at most {@code maxLength}
	 * characters.
	 */
	public @Nullable String personName(@Nullable String value, int maxLength, String field) {
		String name = text(value, maxLength, "姓名", field);
		if (name == null) {
			return null;
		}
		String normalized = OTHER_MIDDLE_DOTS.matcher(name).replaceAll("\u00B7");
		if (!PERSON_NAME.matcher(normalized).matches()) {
			fail("姓名只能包含汉字、字母、间隔号“·”和中间的空格 (" + field
					+ " may hold only letters, Han characters, the middle dot and single inner spaces)", field);
			return null;
		}
		return normalized;
	}

	/** An optional 11-digit mainland mobile number; blank means none. */
	public @Nullable String mobile(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		require(MOBILE.matcher(trimmed).matches(), "手机号码应为11位数字，以1开头 (invalid mobile number)", field);
		return trimmed;
	}

	/** A value built by {@code parse}, whose IllegalArgumentException message is the user error. */
	public <T> @Nullable T parse(@Nullable String value, Function<String, T> parse, String field) {
		if (value == null) {
			fail("不能为空 (" + field + " is required)", field);
			return null;
		}
		try {
			return parse.apply(value.strip());
		}
		catch (IllegalArgumentException ex) {
			fail(ex.getMessage(), field);
			return null;
		}
	}

	public void notInFuture(@Nullable LocalDate date, LocalDate today, String field) {
		require(date == null || !date.isAfter(today), "日期不能晚于今天 (date is in the future)", field);
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	public List<UserError> errors() {
		return List.copyOf(this.errors);
	}

	private static List<String> path(String field) {
		return Arrays.stream(field.split("\\.")).filter((part) -> !part.isEmpty()).toList();
	}

}
