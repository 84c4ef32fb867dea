package org.fangpin.offline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.security.duties.Act;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * 客户端键: the one rule that makes a create mutation safe to send again. A mini-program in a village with a weak
 * signal loses answers; it sends the record again under the key it made for it, and gets the record written the
 * first time, with nothing written twice (no second record, audit record or event). The key belongs to the
 * account: other content under a key the account used is not a resend but a second record, and a CONFLICT.
 */
@Component
public class ClientKeys {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

	private final ClientWriteMapper writes;

	private final JsonMapper json;

	private final Clock clock;

	ClientKeys(ClientWriteMapper writes, JsonMapper json, Clock clock) {
		this.writes = writes;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Writes the record once per key, in the caller's transaction: without a key, just writes it; with a key the
	 * account used for the same content, answers the record written then; with other content under it, writes
	 * nothing.
	 * @param key the client's key, null when the client sent none
	 * @param content the mutation's input, the key included: what a resend repeats exactly
	 * @param write writes the record and answers its payload
	 */
	public <P> P once(Act act, @Nullable String key, Object content, Supplier<P> write, Replies<P> replies) {
		if (key == null) {
			return write.get();
		}
		if (!KEY.matcher(key).matches()) {
			return replies.rejected().apply(List.of(UserError.badInput(
					"客户端键应为8至64位字母、数字、-或_（如UUID）(clientKey must be 8-64 letters, digits, '-' or '_')",
					"clientKey")));
		}
		String operation = act.duty().mutation();
		String hash = hash(operation, content);
		ClientWrite earlier = this.writes.find(act.caller().subject(), key);
		if (earlier != null) {
			if (earlier.operation().equals(operation)
					&& (earlier.contentHash() == null || earlier.contentHash().equals(hash))) {
				return replies.again().apply(earlier.recordId());
			}
			return replies.rejected().apply(List.of(UserError.conflict("该客户端键已用于另一内容的记录（" + earlier.writtenAt()
					+ "），新的记录请使用新的键 (CONFLICT: this clientKey names a record with other content: use a new key)",
					"clientKey")));
		}
		P payload = write.get();
		Long recordId = replies.written().apply(payload);
		if (recordId == null) {
			return payload;
		}
		try {
			this.writes.insert(new ClientWrite(act.caller().subject(), key, operation, recordId, hash,
					this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			// the same key, written meanwhile by a concurrent resend: this one's record is undone
			Transactions.rollback();
			return replies.rejected().apply(List.of(UserError.conflict(
					"该客户端键的记录正在写入，请稍后重新提交 (CONFLICT: a record with this clientKey is being written: send it again)",
					"clientKey")));
		}
		return payload;
	}

	/** The record a key names, read again in the caller's scope: gone or out of sight, NOT_FOUND as any other. */
	public static <T> T found(@Nullable T record) {
		if (record == null) {
			throw ApiException.notFound("该客户端键的记录");
		}
		return record;
	}

	private String hash(String operation, Object content) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(operation.getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) 0);
			return HexFormat.of().formatHex(sha256.digest(this.json.writeValueAsBytes(content)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * How a mutation's payload says what it wrote and answers a resend.
	 * @param written the id of the record the payload carries, null when it wrote nothing
	 * @param again the payload of the record written the first time, read again in the caller's scope
	 * @param rejected the payload of a refusal
	 */
	public record Replies<P>(Function<P, @Nullable Long> written, LongFunction<P> again,
			Function<List<UserError>, P> rejected) {
	}

	record ClientWrite(String subject, String clientKey, String operation, long recordId, @Nullable String contentHash,
			Instant writtenAt) {
	}

	@Mapper
	interface ClientWriteMapper {

		@Select("""
				SELECT subject, client_key, operation, record_id, content_hash, written_at
				FROM client_write WHERE subject = #{subject} AND client_key = #{key}""")
		@ReadsWithoutScope("the caller's own earlier write, by their account and the key they made")
		@Nullable ClientWrite find(@Param("subject") String subject, @Param("key") String key);

		@Insert("""
				INSERT INTO client_write (subject, client_key, operation, record_id, content_hash, written_at)
				VALUES (#{subject}, #{clientKey}, #{operation}, #{recordId}, #{contentHash}, #{writtenAt})""")
		void insert(ClientWrite write);

	}

}
