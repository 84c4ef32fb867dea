package org.fangpin.security.fields;

import java.util.Map;
import java.util.Set;

import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * 敏感个人信息查阅记录: who was shown which kinds of sensitive personal data ({@link PersonalData#sensitive()}) of
 * which households. Security decides what is released and calls this before the response leaves; the
 * record itself is kept beside the audit trail.
 */
public interface SensitiveAccessLog {

	/**
	 * Records one request's releases, durably, before it answers.
	 * @param operation the GraphQL operation's name, or what else was asked
	 * @param households per kind released, the households whose data it was (empty: none the county knows)
	 */
	void record(Caller caller, String requestId, String operation, Map<PersonalData, Set<Long>> households);

}
