package org.fangpin.audit;

import java.util.Arrays;
import java.util.List;

import org.fangpin.audit.AccessLog.Access;
import org.fangpin.audit.AuditLog.AuditRecord;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.Page;
import org.fangpin.security.AuditScope;
import org.fangpin.security.Caller;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The audit trail and the access log of sensitive data, for auditors within their grids. */
@Controller
class AuditController {

	private final AuditLog audit;

	private final AccessLog accessLog;

	AuditController(AuditLog audit, AccessLog accessLog) {
		this.audit = audit;
		this.accessLog = accessLog;
	}

	@QueryMapping
	Connection<AuditRecord> auditRecords(@Argument @Nullable String operation, Page page, @ContextValue Caller caller) {
		return this.audit.page(AuditScope.of(caller), operation, page);
	}

	@QueryMapping
	Connection<Access> sensitiveDataAccess(@Argument @Nullable String householdId, @Argument @Nullable String subject,
			Page page, @ContextValue Caller caller) {
		AuditScope scope = AuditScope.of(caller);
		Long household = (householdId == null) ? null : GlobalId.idOf(householdId, "Household")
			.orElseThrow(() -> ApiException.badInput("householdId 不是农户ID (householdId is not a household's ID)"));
		return this.accessLog.page(scope, household, subject, page);
	}

	@SchemaMapping(typeName = "AuditRecord")
	String targetId(AuditRecord record) {
		return new GlobalId(record.targetType(), record.targetId()).encode();
	}

	@SchemaMapping(typeName = "AuditRecord")
	List<Role> roles(AuditRecord record) {
		return Role.listOf(record.roles());
	}

	@SchemaMapping(typeName = "AuditRecord")
	List<String> grids(AuditRecord record) {
		return gridList(record.grids());
	}

	@SchemaMapping(typeName = "SensitiveDataAccess")
	List<Role> roles(Access access) {
		return Role.listOf(access.roles());
	}

	@SchemaMapping(typeName = "SensitiveDataAccess")
	List<String> grids(Access access) {
		return gridList(access.grids());
	}

	/** The grids an actor held, as recorded: comma-separated. */
	private static List<String> gridList(String grids) {
		return grids.isEmpty() ? List.of() : Arrays.asList(grids.split(","));
	}

}
