package org.fangpin.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.fangpin.db.BatchWriter;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.security.rows.AuditScope;
import org.fangpin.security.Caller;
import org.fangpin.security.fields.PersonalData;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.fields.SensitiveAccessLog;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 敏感个人信息查阅记录: who was shown full ID numbers or health data of which households, kept like the audit
 * trail (append-only, V10_1) and read by auditors. One row per request (or ledger export) and kind; the
 * households hang off it, each request's (each export page's) in one JDBC batch ({@link BatchWriter}): a
 * {@code <foreach>} of a county roster's 1,000 households a page was a third of the export's CPU.
 */
@Component
public class AccessLog implements SensitiveAccessLog {

	/** The width of {@code sensitive_access.operation}. */
	private static final int OPERATION_LENGTH = 100;

	private final AccessMapper records;

	private final IdGenerator ids;

	private final Clock clock;

	private final BatchWriter batches;

	/** An export's pages are written outside a transaction of the log's: each page's households in one. */
	private final TransactionTemplate transaction;

	AccessLog(AccessMapper records, IdGenerator ids, Clock clock, BatchWriter batches,
			PlatformTransactionManager transactions) {
		this.records = records;
		this.ids = ids;
		this.clock = clock;
		this.batches = batches;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	@Transactional
	public void record(Caller caller, String requestId, String operation, Map<PersonalData, Set<Long>> households) {
		households.forEach((kind, ofKind) -> shown(open(caller, requestId, operation, kind), ofKind));
	}

	private void shown(long access, Collection<Long> households) {
		this.batches.write(AccessMapper.class, "insertShown",
				households.stream().map((household) -> new Shown(access, household)).toList());
	}

	/**
	 * The record of a ledger export that releases sensitive data, written before its first row: one row per
	 * kind, to which {@link Export#shown} adds each page's households as the page is written.
	 */
	public Export openExport(Caller caller, String requestId, String operation, Collection<PersonalData> kinds) {
		List<Long> accesses = new ArrayList<>();
		for (PersonalData kind : kinds) {
			accesses.add(open(caller, requestId, operation, kind));
		}
		return new Export(accesses);
	}

	private long open(Caller caller, String requestId, String operation, PersonalData kind) {
		long id = this.ids.nextId();
		// a client names its operations as it likes: a name too long for the column must not withhold the data
		String named = operation.substring(0, Math.min(operation.length(), OPERATION_LENGTH));
		this.records.insert(new Access(id, this.clock.instant(), caller.subject(), caller.name(), caller.roleList(),
				caller.gridList(), kind, named, requestId, 0));
		return id;
	}

	/** A page of the log, newest first, for an auditor: optionally only one household's or one person's. */
	public Connection<Access> page(AuditScope scope, @Nullable Long householdId, @Nullable String subject, Page page) {
		return page.toConnection(
				this.records.findPage(scope.gridCodes(), householdId, subject, page.afterId(), page.fetchSize()),
				Access::id, () -> this.records.count(scope.gridCodes(), householdId, subject));
	}

	/** An export's open records, one per kind it releases. */
	public final class Export {

		private final List<Long> accesses;

		private Export(List<Long> accesses) {
			this.accesses = List.copyOf(accesses);
		}

		/** Adds the households of a page about to be written: one batch per kind. */
		public void shown(Collection<Long> households) {
			AccessLog.this.transaction.executeWithoutResult(
					(status) -> this.accesses.forEach((access) -> AccessLog.this.shown(access, households)));
		}

	}

	/**
	 * 查阅记录 as stored and read.
	 * @param householdCount the households shown (0 when written: they are added beside it)
	 */
	public record Access(long id, Instant occurredAt, String subject, String callerName, String roles, String grids,
			PersonalData kind, String operation, String requestId, int householdCount) {
	}

	/** A household shown under a record of the log. */
	record Shown(long accessId, long householdId) {
	}

	@Mapper
	interface AccessMapper {

		/** The viewer held a grid under one of {@code codes}, as for the audit trail; filters as asked. */
		String IN_SCOPE = "WHERE " + AuditLog.AuditMapper.ACTOR_IN_SCOPE + """
				<if test="householdId != null">
				  AND a.id IN (SELECT s.access_id FROM sensitive_access_household s WHERE s.household_id = #{householdId})
				</if>
				<if test="subject != null">AND a.subject = #{subject}</if>
				""";

		@Insert("""
				INSERT INTO sensitive_access (id, occurred_at, subject, caller_name, roles, grids, kind, operation,
				                              request_id)
				VALUES (#{id}, #{occurredAt}, #{subject}, #{callerName}, #{roles}, #{grids}, #{kind}, #{operation},
				        #{requestId})""")
		void insert(Access access);

		/** IGNORE: a ledger's household can come again on a later page (its next measure or case): once is enough. */
		@Insert("""
				INSERT IGNORE INTO sensitive_access_household (access_id, household_id)
				VALUES (#{accessId}, #{householdId})""")
		void insertShown(Shown shown);

		@Select("""
				<script>
				SELECT a.id, a.occurred_at, a.subject, a.caller_name, a.roles, a.grids, a.kind, a.operation, a.request_id,
				       (SELECT COUNT(*) FROM sensitive_access_household c WHERE c.access_id = a.id) AS household_count
				FROM sensitive_access a
				""" + IN_SCOPE + """
				<if test="afterId != null">AND a.id &lt; #{afterId}</if>
				ORDER BY a.id DESC
				LIMIT #{limit}
				</script>""")
		@ReadsWithoutScope("the audit's own scope: AccessLog reads under the grids of AuditScope")
		List<Access> findPage(@Param("codes") List<String> codes, @Param("householdId") @Nullable Long householdId,
				@Param("subject") @Nullable String subject, @Param("afterId") @Nullable Long afterId,
				@Param("limit") int limit);

		@Select("""
				<script>
				SELECT COUNT(*) FROM sensitive_access a
				""" + IN_SCOPE + """
				</script>""")
		@ReadsWithoutScope("the audit's own scope: AccessLog reads under the grids of AuditScope")
		long count(@Param("codes") List<String> codes, @Param("householdId") @Nullable Long householdId,
				@Param("subject") @Nullable String subject);

	}

}
