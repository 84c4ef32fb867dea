package org.fangpin.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * An opaque, globally unique id ({@code ID}) for a record: the type name and the row id, Base64-url
 * encoded. Clients pass it back as they got it; they are not meant to build or read it.
 */
public record GlobalId(String type, long id) {

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.type + ":" + this.id).getBytes(StandardCharsets.UTF_8));
	}

	/** The row id if {@code value} is a well-formed global id of {@code type}, else empty. */
	public static Optional<Long> idOf(String value, String type) {
		return decode(value).filter((id) -> id.type.equals(type)).map(GlobalId::id);
	}

	/** The id if {@code value} is a well-formed global id, else empty. */
	public static Optional<GlobalId> decode(String value) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
			int colon = text.indexOf(':');
			if (colon <= 0) {
				return Optional.empty();
			}
			return Optional.of(new GlobalId(text.substring(0, colon), Long.parseLong(text.substring(colon + 1))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
