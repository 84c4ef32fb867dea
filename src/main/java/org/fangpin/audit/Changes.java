package org.fangpin.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.fangpin.security.FieldPolicy;
import org.fangpin.security.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * The fields a mutation changed, before and after. Personal data is masked as it is recorded: the audit
 * trail must not become a second copy of ID numbers, phones and illnesses.
 */
public final class Changes {

	private final Map<String, Map<String, @Nullable Object>> fields = new LinkedHashMap<>();

	/** Records the field if its value changed. */
	public Changes field(String name, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			put(name, before, after);
		}
		return this;
	}

	/** Records a personal field if its value changed, masked (the masks of two values may coincide). */
	public Changes personal(String name, PersonalData kind, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			put(name, mask(kind, before), mask(kind, after));
		}
		return this;
	}

	private void put(String name, @Nullable Object before, @Nullable Object after) {
		Map<String, @Nullable Object> change = new LinkedHashMap<>();
		change.put("before", before);
		change.put("after", after);
		this.fields.put(name, change);
	}

	Map<String, Map<String, @Nullable Object>> asMap() {
		return this.fields;
	}

	private static @Nullable Object mask(PersonalData kind, @Nullable Object value) {
		if (value == null) {
			return null;
		}
		return switch (kind) {
			case ID_NUMBER -> FieldPolicy.maskIdNumber(value.toString());
			case PHONE -> FieldPolicy.maskPhone(value.toString());
			case HEALTH -> "***";
		};
	}

}
