package org.fangpin.audit;

import java.time.Clock;
import java.time.Instant;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.fangpin.db.IdGenerator;
import org.fangpin.security.Act;
import org.fangpin.security.Caller;
import tools.jackson.databind.json.JsonMapper;

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

	AuditLog(AuditMapper records, IdGenerator ids, Clock clock, JsonMapper json) {
		this.records = records;
		this.ids = ids;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * @param operation the mutation, e.g. {@code registerHousehold}
	 * @param targetType the type of the record changed, e.g. {@code Household}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Act act, String operation, String targetType, long targetId, Changes changes) {
		Caller caller = act.caller();
		this.records.insert(new AuditRecord(this.ids.nextId(), this.clock.instant(), caller.subject(), caller.name(),
				caller.roleList(), caller.gridList(), operation, targetType, targetId, act.requestId(),
				this.json.writeValueAsString(changes.asMap())));
	}

	record AuditRecord(long id, Instant occurredAt, String subject, String callerName, String roles,
			String grids, String operation, String targetType, long targetId, String requestId, String changes) {
	}

	@Mapper
	interface AuditMapper {

		@Insert("""
				INSERT INTO audit_record (id, occurred_at, subject, caller_name, roles, grids, operation, target_type,
				                          target_id, request_id, changes)
				VALUES (#{id}, #{occurredAt}, #{subject}, #{callerName}, #{roles}, #{grids}, #{operation}, #{targetType},
				        #{targetId}, #{requestId}, #{changes})""")
		void insert(AuditRecord record);

	}

}
