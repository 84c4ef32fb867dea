package org.fangpin.audit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.Scalars;
import org.fangpin.security.fields.FieldPolicy;
import org.fangpin.security.fields.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * The fields a mutation changed, before and after, named as the schema names them on the record's type
 * ({@code phone}, {@code head.idNumber}). A field the schema declares {@code @personal} there is masked as it is
 * recorded ({@link AuditLog}): the audit trail must not become a second copy of ID numbers, phones and illnesses,
 * and a new personal field needs no declaration here. Values are written as a JavaScript client reads them
 * without loss: other records by global id, amounts as {@code Yuan} strings.
 */
public final class Changes {

	private final Map<String, Change> fields = new LinkedHashMap<>();

	private record Change(@Nullable Object before, @Nullable Object after) {
	}

	/** Records the field if its value changed. */
	public Changes field(String name, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			this.fields.put(name, new Change(before, after));
		}
		return this;
	}

	/** Records a reference to another record of {@code type} if it changed, by global id. */
	public Changes reference(String name, String type, @Nullable Long before, @Nullable Long after) {
		return field(name, globalId(type, before), globalId(type, after));
	}

	/** Records references to records of {@code type}, by global id. */
	public Changes references(String name, String type, Collection<Long> after) {
		return field(name, null, after.stream().map((id) -> globalId(type, id)).toList());
	}

	/**
	 * The changes as they are written, each field masked by the personal data {@code kindOf} its name says.
	 */
	Map<String, Map<String, @Nullable Object>> written(Function<String, Optional<PersonalData>> kindOf) {
		Map<String, Map<String, @Nullable Object>> written = new LinkedHashMap<>();
		this.fields.forEach((name, change) -> {
			Optional<PersonalData> kind = kindOf.apply(name);
			Map<String, @Nullable Object> values = new LinkedHashMap<>();
			values.put("before", kind.isPresent() ? mask(kind.get(), change.before()) : value(change.before()));
			values.put("after", kind.isPresent() ? mask(kind.get(), change.after()) : value(change.after()));
			written.put(name, values);
		});
		return written;
	}

	private static @Nullable String globalId(String type, @Nullable Long id) {
		return (id != null) ? new GlobalId(type, id).encode() : null;
	}

	private static @Nullable Object value(@Nullable Object value) {
		return (value instanceof BigDecimal amount) ? Scalars.yuan(amount) : value;
	}

	/** Masked as a field the caller may not see in full shows (the masks of two values may coincide). */
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
