package org.fangpin.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.security.duties.Act;
import org.fangpin.security.rows.AuditScope;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.fields.DeclaredFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit record of a mutation, inside the mutation's transaction: both land or neither. */
@Component
public class AuditLog {

	private final AuditMapper records;

	private final IdGenerator ids;

	private final Clock clock;

	private final JsonMapper json;

	private final ObjectProvider<GraphQlSource> schema;

	AuditLog(AuditMapper records, IdGenerator ids, Clock clock, JsonMapper json, ObjectProvider<GraphQlSource> schema) {
		this.records = records;
		this.ids = ids;
		this.clock = clock;
		this.json = json;
		this.schema = schema;
	}

	/**
	 * @param operation the mutation, e.g. {@code registerHousehold}
	 * @param targetType the type of the record changed, e.g. {@code Household}, whose schema says which of the
	 * fields changed are personal
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Act act, String operation, String targetType, long targetId, Changes changes) {
		Caller caller = act.caller();
		this.records.insert(new AuditRecord(this.ids.nextId(), this.clock.instant(), caller.subject(), caller.name(),
				caller.roleList(), caller.gridList(), operation, targetType, targetId, act.requestId(),
				this.json.writeValueAsString(changes.written((field) -> DeclaredFields
					.personal(this.schema.getObject().schema(), targetType, field)))));
	}

	/** A page of the trail, for an auditor. */
	public Connection<AuditRecord> page(AuditScope scope, @Nullable String operation, Page page) {
		return page.toConnection(this.records.findPage(scope.gridCodes(), operation, page.afterId(), page.fetchSize()),
				AuditRecord::id, () -> this.records.count(scope.gridCodes(), operation));
	}

	public record AuditRecord(long id, Instant occurredAt, String subject, String callerName, String roles,
			String grids, String operation, String targetType, long targetId, String requestId, String changes) {
	}

	@Mapper
	interface AuditMapper {

		/**
		 * An auditor's scope in the records of what people did or were shown: the actor held a grid under one of
		 * {@code codes} (the actor's grids, column {@code grids}, are a comma-separated list); none for no codes.
		 */
		String ACTOR_IN_SCOPE = """
				<choose>
				  <when test="codes.isEmpty()">1 = 0</when>
				  <otherwise>(<foreach collection="codes" item="code" separator=" OR ">
				    CONCAT(',', grids, ',') LIKE CONCAT('%,', #{code}, '%')</foreach>)</otherwise>
				</choose>
				""";

		String IN_SCOPE = "WHERE " + ACTOR_IN_SCOPE + """
				<if test="operation != null">AND operation = #{operation}</if>
				""";

		@Insert("""
				INSERT INTO audit_record (id, occurred_at, subject, caller_name, roles, grids, operation, target_type,
				                          target_id, request_id, changes)
				VALUES (#{id}, #{occurredAt}, #{subject}, #{callerName}, #{roles}, #{grids}, #{operation}, #{targetType},
				        #{targetId}, #{requestId}, #{changes})""")
		void insert(AuditRecord record);

		/** The records of actors holding a grid under one of {@code codes}, newest first; none for no codes. */
		@Select("""
				<script>
				SELECT id, occurred_at, subject, caller_name, roles, grids, operation, target_type, target_id, request_id,
				       changes
				FROM audit_record
				""" + IN_SCOPE + """
				<if test="afterId != null">AND id &lt; #{afterId}</if>
				ORDER BY id DESC
				LIMIT #{limit}
				</script>""")
		@ReadsWithoutScope("the audit's own scope: AuditLog reads under the grids of AuditScope")
		List<AuditRecord> findPage(@Param("codes") List<String> codes, @Param("operation") @Nullable String operation,
				@Param("afterId") @Nullable Long afterId, @Param("limit") int limit);

		@Select("""
				<script>
				SELECT COUNT(*) FROM audit_record
				""" + IN_SCOPE + """
				</script>""")
		@ReadsWithoutScope("the audit's own scope: AuditLog reads under the grids of AuditScope")
		long count(@Param("codes") List<String> codes, @Param("operation") @Nullable String operation);

	}

}
